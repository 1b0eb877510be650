/**
 * A new grouping, set up for where it will be used: for the current sequence (or the first
 * world café or small-group sequence), a world café gets rotations with its number of rounds,
 * and the people placed are those marked present if anyone is.
 */
import type { GroupingParams } from '../../../shared/grouping/params';
import { groupingParamsSchema } from '../../../shared/grouping/params';
import type { Grouping } from '../../../shared/model/groupings';
import type { Session } from '../../../shared/model/session';

export function newGrouping(
  session: Session,
  init: { id: string; now: string; fallbackName: string },
): Grouping {
  const sequence =
    session.agenda.find((s) => s.id === session.run.currentSequenceId && isGroupWork(s.kind)) ??
    session.agenda.find((s) => isGroupWork(s.kind)) ??
    null;
  const isCafe = sequence?.kind === 'worldCafe';
  const params: GroupingParams = {
    ...groupingParamsSchema.parse({}),
    who: session.participants.some((p) => p.attendance === 'present') ? 'present' : 'all',
    rounds: isCafe ? (sequence?.rounds?.count ?? 4) : 1,
  };
  return {
    id: init.id,
    sequenceId: sequence?.id ?? null,
    name: sequence?.title ?? init.fallbackName,
    strategy: isCafe ? 'rotation' : 'mixed',
    params,
    rounds: [],
    createdAt: init.now,
  };
}

const isGroupWork = (kind: string) => kind === 'worldCafe' || kind === 'sousGroupes';
