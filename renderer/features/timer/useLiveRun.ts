import { useMemo } from 'react';
import { plannedTimes } from '../../../shared/agenda/plannedTimes';
import { liveRun, type LiveRun } from '../../../shared/timer/liveRun';
import { useSession } from '../../store/SessionProvider';
import { localMinutes } from './timeFormat';
import { useTimerNow } from './useTimerNow';

/** The run as this window shows it now; re-read only when what it shows changes. */
export function useLiveRun(): LiveRun {
  const agenda = useSession((s) => s.agenda);
  const run = useSession((s) => s.run);
  const options = useSession((s) => s.options);
  const startTime = useSession((s) => s.startTime);
  const endTime = useSession((s) => s.endTime);
  const planned = useMemo(
    () => plannedTimes(agenda, { startTime, endTime }),
    [agenda, startTime, endTime],
  );
  const isCurrent = agenda.some((s) => s.id === run.currentSequenceId);
  const now = useTimerNow(isCurrent ? run.timer : null);
  return useMemo(
    () => liveRun({ agenda, run, options, startTime, endTime }, now, localMinutes, planned),
    [agenda, run, options, startTime, endTime, now, planned],
  );
}
