import { describe, expect, it } from 'vitest';
import type { Grouping } from '../model/groupings';
import type { Session } from '../model/session';
import { gennevilliersSession } from '../testing/sampleSession';
import { applyOperation } from './applyOperation';
import { diffSessions } from './historyOps';
import type { OperationInput } from './operations';

const at = '2025-02-04T10:20:00.000Z';
const table = (id: string, name: string, memberIds: string[]) => ({
  id,
  name,
  color: '',
  memberIds,
  hostId: null,
  isLocked: false,
  lockedMemberIds: [] as string[],
});
const cafe: Grouping = {
  id: 'cafe',
  sequenceId: null,
  name: 'World café',
  strategy: 'rotation',
  params: {},
  rounds: [
    {
      groups: [
        table('t1', 'Table 1', ['aicha', 'jerome']),
        table('t2', 'Table 2', ['fatou', 'eloise']),
      ],
    },
    {
      groups: [
        table('t1', 'Table 1', ['aicha', 'fatou']),
        table('t2', 'Table 2', ['jerome', 'eloise']),
      ],
    },
  ],
  createdAt: at,
};

const apply = (session: Session, op: OperationInput) =>
  applyOperation(session, { ...op, at } as never);
const members = (session: Session, round: number) =>
  session.groupings[0]!.rounds[round]!.groups.map((g) => g.memberIds);

describe('grouping operations', () => {
  const session = gennevilliersSession({ groupings: [cafe] });

  it('moves a person to another group of that round only', () => {
    const moved = apply(session, {
      type: 'grouping.moveMember',
      id: 'cafe',
      round: 1,
      personId: 'fatou',
      toGroupId: 't2',
    });
    expect(members(moved, 1)).toEqual([['aicha'], ['jerome', 'eloise', 'fatou']]);
    expect(members(moved, 0)).toEqual(members(session, 0));
    expect(moved.groupings[0]!.rounds[0]).toBe(session.groupings[0]!.rounds[0]);
  });

  it('swaps two people, and unlocks a person who is moved', () => {
    const locked = apply(session, {
      type: 'grouping.setLock',
      id: 'cafe',
      round: 0,
      groupId: 't1',
      personId: 'jerome',
      isLocked: true,
    });
    expect(locked.groupings[0]!.rounds[0]!.groups[0]!.lockedMemberIds).toEqual(['jerome']);
    const swapped = apply(locked, {
      type: 'grouping.swapMembers',
      id: 'cafe',
      round: 0,
      personId: 'jerome',
      otherId: 'eloise',
    });
    expect(members(swapped, 0)).toEqual([
      ['aicha', 'eloise'],
      ['fatou', 'jerome'],
    ]);
    expect(swapped.groupings[0]!.rounds[0]!.groups.flatMap((g) => g.lockedMemberIds)).toEqual([]);
  });

  it('names a table in every round', () => {
    const named = apply(session, {
      type: 'grouping.updateGroup',
      id: 'cafe',
      groupId: 't2',
      fields: { name: 'Jeunesse', color: '#b45309' },
    });
    expect(named.groupings[0]!.rounds.map((r) => r.groups[1]!.name)).toEqual([
      'Jeunesse',
      'Jeunesse',
    ]);
    expect(named.groupings[0]!.rounds.map((r) => r.groups[1]!.color)).toEqual([
      '#b45309',
      '#b45309',
    ]);
  });

  it('locks a group, and changes nothing for what does not exist or is already so', () => {
    const locked = apply(session, {
      type: 'grouping.setLock',
      id: 'cafe',
      round: 1,
      groupId: 't2',
      personId: null,
      isLocked: true,
    });
    expect(locked.groupings[0]!.rounds[1]!.groups[1]!.isLocked).toBe(true);
    expect(
      apply(locked, {
        type: 'grouping.setLock',
        id: 'cafe',
        round: 1,
        groupId: 't2',
        personId: null,
        isLocked: true,
      }),
    ).toBe(locked);
    for (const op of [
      { type: 'grouping.moveMember', id: 'cafe', round: 5, personId: 'fatou', toGroupId: 't2' },
      { type: 'grouping.moveMember', id: 'cafe', round: 0, personId: 'fatou', toGroupId: 't2' },
      { type: 'grouping.moveMember', id: 'autre', round: 0, personId: 'fatou', toGroupId: 't1' },
      { type: 'grouping.swapMembers', id: 'cafe', round: 0, personId: 'aicha', otherId: 'jerome' },
      {
        type: 'grouping.setLock',
        id: 'cafe',
        round: 0,
        groupId: 't1',
        personId: 'fatou',
        isLocked: true,
      },
      { type: 'grouping.updateGroup', id: 'cafe', groupId: 't9', fields: { name: 'Table 9' } },
      { type: 'grouping.remove', id: 'autre' },
      { type: 'grouping.add', grouping: cafe },
    ] satisfies OperationInput[])
      expect(apply(session, op)).toBe(session);
  });

  it('undoes a move exactly (the generic restore step)', () => {
    const moved = apply(session, {
      type: 'grouping.moveMember',
      id: 'cafe',
      round: 0,
      personId: 'aicha',
      toGroupId: 't2',
    });
    const back = diffSessions(moved, session)!;
    const undone = apply(moved, { type: 'history.restore', ...back });
    expect(undone.groupings).toEqual(session.groupings);
  });
});
