/**
 * Groupings: created with their settings, filled by a generation (the engine runs in a worker;
 * its result arrives here whole), adjusted by hand (moves and swaps between groups, locks),
 * tables named and coloured. Every step is undoable.
 */
import { z } from 'zod';
import type { Group, Grouping } from '../model/groupings';
import { idSchema } from '../model/ids';
import type { Session } from '../model/session';
import { instantSchema } from '../model/time';
import { defineOps, updateById } from './defineOps';

/** The group and grouping as operations carry them: complete, without defaults. */
const groupInput = z.object({
  id: idSchema,
  name: z.string().max(200),
  color: z.string().max(32),
  memberIds: z.array(idSchema),
  hostId: idSchema.nullable(),
  isLocked: z.boolean(),
  lockedMemberIds: z.array(idSchema),
});
const roundsInput = z.array(z.object({ groups: z.array(groupInput) })).max(20);
const paramsInput = z.record(z.string(), z.unknown());

const groupingInput = z.object({
  id: idSchema,
  sequenceId: idSchema.nullable(),
  name: z.string().max(200),
  strategy: z.enum(['random', 'mixed', 'theme', 'rotation', 'manual']),
  params: paramsInput,
  rounds: roundsInput,
  createdAt: instantSchema,
});

type Round = Grouping['rounds'][number];

function withGrouping(
  session: Session,
  id: string,
  update: (grouping: Grouping) => Grouping,
): Session {
  const current = session.groupings.find((g) => g.id === id);
  if (!current) return session;
  const next = update(current);
  return next === current
    ? session
    : { ...session, groupings: updateById(session.groupings, id, () => next) };
}

/** Changes the groups of one round; the same grouping when the round does not exist. */
function withRound(grouping: Grouping, round: number, update: (groups: Group[]) => Group[] | null) {
  const current = grouping.rounds[round];
  const groups = current ? update(current.groups) : null;
  if (!groups) return grouping;
  const rounds = grouping.rounds.slice();
  rounds[round] = { ...current, groups } as Round;
  return { ...grouping, rounds };
}

const without = (ids: string[], id: string) => ids.filter((other) => other !== id);

export const groupingOps = defineOps({
  'grouping.add': {
    input: z.object({ grouping: groupingInput }),
    apply: (session, op) =>
      session.groupings.some((g) => g.id === op.grouping.id)
        ? session
        : { ...session, groupings: [...session.groupings, op.grouping] },
  },
  'grouping.update': {
    input: z.object({
      id: idSchema,
      fields: z
        .object({
          name: z.string().max(200),
          sequenceId: idSchema.nullable(),
          strategy: z.enum(['random', 'mixed', 'theme', 'rotation', 'manual']),
          params: paramsInput,
        })
        .partial(),
    }),
    apply: (session, op) => withGrouping(session, op.id, (g) => ({ ...g, ...op.fields })),
    coalesceKey: (op) => `${op.id}:${Object.keys(op.fields).sort().join(',')}`,
  },
  /** A generation's result, with the parameters it was made with. */
  'grouping.setRounds': {
    input: z.object({ id: idSchema, rounds: roundsInput, params: paramsInput }),
    apply: (session, op) =>
      withGrouping(session, op.id, (g) => ({ ...g, rounds: op.rounds, params: op.params })),
  },
  'grouping.remove': {
    input: z.object({ id: idSchema }),
    apply: (session, op) =>
      session.groupings.some((g) => g.id === op.id)
        ? { ...session, groupings: session.groupings.filter((g) => g.id !== op.id) }
        : session,
  },
  /** Moves a person to another group of the same round (by hand: drag and drop, keyboard). */
  'grouping.moveMember': {
    input: z.object({
      id: idSchema,
      round: z.number().int().min(0),
      personId: idSchema,
      toGroupId: idSchema,
    }),
    apply: (session, op) =>
      withGrouping(session, op.id, (grouping) =>
        withRound(grouping, op.round, (groups) => {
          const from = groups.find((g) => g.memberIds.includes(op.personId));
          const to = groups.find((g) => g.id === op.toGroupId);
          if (!from || !to || from === to) return null;
          return groups.map((g) =>
            g === from
              ? {
                  ...g,
                  memberIds: without(g.memberIds, op.personId),
                  lockedMemberIds: without(g.lockedMemberIds, op.personId),
                }
              : g === to
                ? { ...g, memberIds: [...g.memberIds, op.personId] }
                : g,
          );
        }),
      ),
  },
  /** Two people of different groups of a round change places. */
  'grouping.swapMembers': {
    input: z.object({
      id: idSchema,
      round: z.number().int().min(0),
      personId: idSchema,
      otherId: idSchema,
    }),
    apply: (session, op) =>
      withGrouping(session, op.id, (grouping) =>
        withRound(grouping, op.round, (groups) => {
          const a = groups.find((g) => g.memberIds.includes(op.personId));
          const b = groups.find((g) => g.memberIds.includes(op.otherId));
          if (!a || !b || a === b) return null;
          const swap = (g: Group, out: string, into: string): Group => ({
            ...g,
            memberIds: g.memberIds.map((m) => (m === out ? into : m)),
            lockedMemberIds: without(g.lockedMemberIds, out),
          });
          return groups.map((g) =>
            g === a
              ? swap(g, op.personId, op.otherId)
              : g === b
                ? swap(g, op.otherId, op.personId)
                : g,
          );
        }),
      ),
  },
  /** Names or colours a table: the same group id in every round. */
  'grouping.updateGroup': {
    input: z.object({
      id: idSchema,
      groupId: idSchema,
      fields: z.object({ name: z.string().max(200), color: z.string().max(32) }).partial(),
    }),
    apply: (session, op) =>
      withGrouping(session, op.id, (grouping) => {
        if (!grouping.rounds.some((r) => r.groups.some((g) => g.id === op.groupId)))
          return grouping;
        return {
          ...grouping,
          rounds: grouping.rounds.map((round) => ({
            ...round,
            groups: round.groups.map((g) => (g.id === op.groupId ? { ...g, ...op.fields } : g)),
          })),
        };
      }),
    coalesceKey: (op) => `${op.id}:${op.groupId}:${Object.keys(op.fields).sort().join(',')}`,
  },
  /** Locks or unlocks a group of a round (personId null) or one person in it. */
  'grouping.setLock': {
    input: z.object({
      id: idSchema,
      round: z.number().int().min(0),
      groupId: idSchema,
      personId: idSchema.nullable(),
      isLocked: z.boolean(),
    }),
    apply: (session, op) =>
      withGrouping(session, op.id, (grouping) =>
        withRound(grouping, op.round, (groups) => {
          const group = groups.find((g) => g.id === op.groupId);
          if (!group) return null;
          let next: Group;
          if (op.personId === null) {
            if (group.isLocked === op.isLocked) return null;
            next = { ...group, isLocked: op.isLocked };
          } else {
            if (!group.memberIds.includes(op.personId)) return null;
            if (group.lockedMemberIds.includes(op.personId) === op.isLocked) return null;
            next = {
              ...group,
              lockedMemberIds: op.isLocked
                ? [...group.lockedMemberIds, op.personId]
                : without(group.lockedMemberIds, op.personId),
            };
          }
          return groups.map((g) => (g === group ? next : g));
        }),
      ),
  },
});
