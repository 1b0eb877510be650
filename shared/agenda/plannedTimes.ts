/**
 * When each sequence is planned to start and end: after the previous one, unless its start is
 * pinned by the programme; the first follows the session's start time. Minutes since midnight.
 */
import type { Sequence } from '../model/agenda';
import { clockTimeToMinutes, type ClockTime } from '../model/time';

export type PlannedSequence = {
  id: string;
  startMin: number;
  endMin: number;
  /** A pinned start before the previous sequence ends: by how many minutes they overlap. */
  overlapMin: number;
};

export type PlannedDay = {
  sequences: PlannedSequence[];
  startMin: number | null;
  endMin: number | null;
  totalMin: number;
  /** Minutes past the session's end time; 0 when it fits or the end is not set. */
  overrunMin: number;
};

export function plannedTimes(
  agenda: readonly Pick<Sequence, 'id' | 'durationMin' | 'pinnedStart'>[],
  session: { startTime: ClockTime | null; endTime: ClockTime | null },
): PlannedDay {
  let cursor = session.startTime !== null ? clockTimeToMinutes(session.startTime) : null;
  const sequences: PlannedSequence[] = [];
  for (const sequence of agenda) {
    const start =
      sequence.pinnedStart !== null ? clockTimeToMinutes(sequence.pinnedStart) : (cursor ?? 0);
    const end = start + sequence.durationMin;
    const previousEnd = sequences.at(-1)?.endMin ?? null;
    const overlapMin = previousEnd !== null ? Math.max(0, previousEnd - start) : 0;
    sequences.push({ id: sequence.id, startMin: start, endMin: end, overlapMin });
    cursor = end;
  }
  const first = sequences[0];
  const last = sequences.at(-1);
  const startMin = first?.startMin ?? null;
  const endMin = last?.endMin ?? null;
  const limit = session.endTime !== null ? clockTimeToMinutes(session.endTime) : null;
  return {
    sequences,
    startMin,
    endMin,
    totalMin: startMin !== null && endMin !== null ? endMin - startMin : 0,
    overrunMin: limit !== null && endMin !== null ? Math.max(0, endMin - limit) : 0,
  };
}
