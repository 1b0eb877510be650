import { useMemo } from 'react';
import type { LiveRun } from '../../../shared/timer/liveRun';
import { useDispatch, useSessionState } from '../../store/SessionProvider';

export type RunControls = {
  canToggle: boolean;
  /** Start what is up, pause, or resume. */
  toggle: () => void;
  canAdjust: boolean;
  adjust: (deltaMin: 1 | -1) => void;
  reset: () => void;
  canNext: boolean;
  /** The next sequence starts now; after the last one, the day ends. */
  next: () => void;
  /** Any sequence can be started at any time, the day over or not. */
  canStart: boolean;
  startSequence: (id: string) => void;
};

export function useRunControls(live: LiveRun): RunControls {
  const dispatch = useDispatch();
  const readOnly = useSessionState((s) => s.readOnly);
  return useMemo(() => {
    const start = (sequenceId: string) => dispatch({ type: 'run.start', sequenceId });
    const hasTimer = live.current !== null && live.timer !== null;
    return {
      canToggle: !readOnly && (live.current !== null || live.upcoming !== null),
      toggle: () => {
        if (readOnly) return;
        if (live.status === 'running') dispatch({ type: 'run.pause' });
        else if (live.current && live.timer) dispatch({ type: 'run.resume' });
        else if (live.current) start(live.current.id);
        else if (live.upcoming) start(live.upcoming.id);
      },
      canAdjust: !readOnly && hasTimer,
      adjust: (deltaMin) => hasTimer && !readOnly && dispatch({ type: 'run.adjust', deltaMin }),
      reset: () => hasTimer && !readOnly && dispatch({ type: 'run.reset' }),
      canNext: !readOnly && (live.current !== null || live.upcoming !== null),
      next: () => {
        if (readOnly) return;
        if (live.upcoming) start(live.upcoming.id);
        else if (live.current) dispatch({ type: 'run.finish' });
      },
      canStart: !readOnly,
      startSequence: (id) => !readOnly && start(id),
    };
  }, [dispatch, live, readOnly]);
}
