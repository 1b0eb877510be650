/**
 * The day as it runs: how late or early it is against the plan, and when it will end if the
 * rest goes as planned. A sequence pinned to a time waits for it (a speaker announced at 11h45
 * does not come earlier), so running early is absorbed there, running late is not.
 * Minutes since midnight, like `plannedTimes`.
 */
import type { Sequence } from '../model/agenda';
import { clockTimeToMinutes } from '../model/time';
import type { PlannedDay } from './plannedTimes';

export type RunOfShow = {
  /** The current sequence's projected end minus its planned end: + late, − early. */
  driftMin: number;
  /** When the day will end; null without sequences. */
  endMin: number;
  plannedEndMin: number | null;
  /** The sequence after the current one, and when it would start. */
  next: { id: string; startMin: number } | null;
};

export function runOfShow(
  agenda: readonly Pick<Sequence, 'id' | 'durationMin' | 'pinnedStart'>[],
  planned: PlannedDay,
  current: { index: number; endMin: number },
): RunOfShow {
  const plannedCurrent = planned.sequences[current.index];
  let cursor = current.endMin;
  let next: RunOfShow['next'] = null;
  for (const sequence of agenda.slice(current.index + 1)) {
    const pinned = sequence.pinnedStart === null ? null : clockTimeToMinutes(sequence.pinnedStart);
    const start = pinned === null ? cursor : Math.max(pinned, cursor);
    next ??= { id: sequence.id, startMin: start };
    cursor = start + sequence.durationMin;
  }
  return {
    driftMin: plannedCurrent ? current.endMin - plannedCurrent.endMin : 0,
    endMin: cursor,
    plannedEndMin: planned.endMin,
    next,
  };
}
