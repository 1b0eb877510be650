/**
 * Forms (or re-forms) a grouping's groups: builds the request from the session, runs the
 * engine off the thread with a fresh seed, and writes the result as one undoable operation.
 * Locked groups and people stay where they are.
 */
import { useEffect, useRef, useState } from 'react';
import type { Grouping } from '../../../shared/model/groupings';
import { newId } from '../../../shared/model/ids';
import { seedFrom } from '../../../shared/grouping/random';
import { readParams } from '../../../shared/grouping/params';
import {
  generationInput,
  roundsFromResult,
  strategyOf,
} from '../../../shared/grouping/sessionGrouping';
import type { AppError } from '../../../shared/result';
import { useT } from '../../i18n/I18nProvider';
import { useSessionController } from '../../store/SessionProvider';
import { defaultRunner, type GroupingJob, type GroupingRunner } from './groupingRunner';
import { fullName } from './people';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; fraction: number }
  | { status: 'failed'; error: AppError };

export function useGroupingRun(grouping: Grouping, runner: GroupingRunner = defaultRunner) {
  const t = useT();
  const controller = useSessionController();
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const job = useRef<GroupingJob | null>(null);

  useEffect(() => () => job.current?.cancel(), []);

  function start(): void {
    if (job.current) return;
    const session = controller.getState().session;
    const params = readParams(grouping.params);
    const input = generationInput(session, grouping);
    const seed = seedFrom(Math.random);
    setState({ status: 'running', fraction: 0 });
    const running = runner(input, { seed, timeMs: params.timeMs }, (progress) =>
      setState({ status: 'running', fraction: progress.fraction }),
    );
    job.current = running;
    void running.done.then((result) => {
      job.current = null;
      if (!result.ok) return setState({ status: 'failed', error: withNames(result.error) });
      // The grouping as it is now: its tables may have been renamed while the search ran.
      const current =
        controller.getState().session.groupings.find((g) => g.id === grouping.id) ?? grouping;
      const isTheme = strategyOf(current) === 'theme';
      const rounds = roundsFromResult(current, result.value.rounds, input.hosts ?? [], {
        name: (index) =>
          isTheme
            ? params.themes[index]?.name || t('groups.themeName', { number: index + 1 })
            : t(strategyOf(current) === 'rotation' ? 'groups.tableName' : 'groups.groupName', {
                number: index + 1,
              }),
        isNameFixed: isTheme,
        newId: () => newId(),
      });
      controller.dispatch({
        type: 'grouping.setRounds',
        id: grouping.id,
        rounds,
        params: { ...current.params, seed },
      });
      setState({ status: 'idle' });
    });
  }

  /** Errors name people by id; the user reads their names. */
  function withNames(error: AppError): AppError {
    const name = error.details?.name;
    if (typeof name !== 'string') return error;
    const people = new Map(controller.getState().session.participants.map((p) => [p.id, p]));
    const names = name
      .split(', ')
      .map((id) => (people.has(id) ? fullName(people.get(id)!) : id))
      .join(', ');
    return { ...error, details: { ...error.details, name: names } };
  }

  return { state, start, cancel: () => job.current?.cancel() };
}
