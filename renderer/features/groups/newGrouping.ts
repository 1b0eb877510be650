/**
 * A new grouping, set up for where it will be used: for the current sequence (or the first
 * world café or small-group sequence), a world café gets rotations with its number of rounds,
 * and the people placed are those marked present if anyone is. A sequence that brings a
 * grouping plan (from a method: « groupes de 5 », rotation sur 3 tours) sets the size, the
 * strategy and the rounds.
 */
import type { GroupingParams } from '../../../shared/grouping/params';
import { groupingParamsSchema } from '../../../shared/grouping/params';
import type { Sequence } from '../../../shared/model/agenda';
import type { Grouping } from '../../../shared/model/groupings';
import type { Session } from '../../../shared/model/session';

export function newGrouping(
  session: Session,
  init: { id: string; now: string; fallbackName: string },
): Grouping {
  const sequence =
    session.agenda.find((s) => s.id === session.run.currentSequenceId && isGroupWork(s)) ??
    session.agenda.find(isGroupWork) ??
    null;
  const isCafe = sequence?.kind === 'worldCafe';
  const params: GroupingParams = {
    ...groupingParamsSchema.parse({}),
    who: session.participants.some((p) => p.attendance === 'present') ? 'present' : 'all',
    rounds: isCafe ? (sequence?.rounds?.count ?? 4) : 1,
  };
  const grouping: Grouping = {
    id: init.id,
    sequenceId: sequence?.id ?? null,
    name: sequence?.title ?? init.fallbackName,
    strategy: isCafe ? 'rotation' : 'mixed',
    params,
    rounds: [],
    createdAt: init.now,
  };
  return sequence ? { ...grouping, ...withPlan(sequence, params) } : grouping;
}

/** The strategy and parameters a sequence's grouping plan asks for; nothing without a plan. */
export function withPlan(
  sequence: Sequence,
  params: GroupingParams,
): Partial<Pick<Grouping, 'strategy' | 'params'>> {
  const plan = sequence.groupingPlan;
  if (!plan) return {};
  return {
    strategy: plan.strategy,
    params: { ...params, sizeMode: 'size', groupSize: plan.size, rounds: plan.rounds },
  };
}

const isGroupWork = (s: Sequence) =>
  s.kind === 'worldCafe' || s.kind === 'sousGroupes' || s.groupingPlan !== null;
