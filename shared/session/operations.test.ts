/**
 * Every operation type has a sample here (the type below makes a missing one a build error):
 * parsing must give back the very same operation, since the Node side applies the parsed
 * operation and the window applies the one it wrote.
 */
import { describe, expect, it } from 'vitest';
import { gennevilliersSession, participant } from '../testing/sampleSession';
import { applyOperation } from './applyOperation';
import { operationSchema, type Operation, type OperationType } from './operations';

const at = '2025-02-04T10:20:00.000Z';

const table = (id: string, name: string, memberIds: string[], hostId: string | null = null) => ({
  id,
  name,
  color: '#1a56db',
  memberIds,
  hostId,
  isLocked: false,
  lockedMemberIds: [],
});
const worldCafe = {
  id: 'g1',
  sequenceId: 's3',
  name: 'World café — 4 thématiques',
  strategy: 'rotation' as const,
  params: { rounds: 2, groupSize: 2, hostIds: ['p1'] },
  rounds: [
    { groups: [table('t1', 'Table 1', ['p1', 'p2'], 'p1'), table('t2', 'Table 2', ['p3'])] },
    { groups: [table('t1', 'Table 1', ['p1', 'p3'], 'p1'), table('t2', 'Table 2', ['p2'])] },
  ],
  createdAt: at,
};

const samples: { [Type in OperationType]: Extract<Operation, { type: Type }>[] } = {
  'session.update': [
    { type: 'session.update', fields: { title: 'Séminaire' }, at },
    { type: 'session.update', fields: { date: null, facilitators: ['Aïcha Benali'] }, at },
  ],
  'room.show': [
    { type: 'room.show', view: { kind: 'timer' }, at },
    { type: 'room.show', view: { kind: 'grouping', groupingId: 'g1', round: 2 }, at },
    { type: 'room.show', view: { kind: 'keywords', boardId: 'b1' }, at },
  ],
  'grouping.add': [{ type: 'grouping.add', grouping: worldCafe, at }],
  'grouping.update': [
    { type: 'grouping.update', id: 'g1', fields: { name: 'Tables du matin' }, at },
    { type: 'grouping.update', id: 'g1', fields: { sequenceId: null, params: { who: 'all' } }, at },
  ],
  'grouping.setRounds': [
    {
      type: 'grouping.setRounds',
      id: 'g1',
      rounds: [{ groups: [table('t1', 'Table 1', ['p1', 'p3', 'p2'], 'p1')] }],
      params: { rounds: 1, seed: 'abc' },
      at,
    },
  ],
  'grouping.remove': [{ type: 'grouping.remove', id: 'g1', at }],
  'grouping.moveMember': [
    { type: 'grouping.moveMember', id: 'g1', round: 0, personId: 'p2', toGroupId: 't2', at },
  ],
  'grouping.swapMembers': [
    { type: 'grouping.swapMembers', id: 'g1', round: 1, personId: 'p3', otherId: 'p2', at },
  ],
  'grouping.updateGroup': [
    { type: 'grouping.updateGroup', id: 'g1', groupId: 't2', fields: { name: 'Jeunesse' }, at },
    { type: 'grouping.updateGroup', id: 'g1', groupId: 't1', fields: { color: '#b45309' }, at },
  ],
  'grouping.setLock': [
    {
      type: 'grouping.setLock',
      id: 'g1',
      round: 0,
      groupId: 't1',
      personId: null,
      isLocked: true,
      at,
    },
    {
      type: 'grouping.setLock',
      id: 'g1',
      round: 1,
      groupId: 't1',
      personId: 'p3',
      isLocked: true,
      at,
    },
  ],
  'history.restore': [
    {
      type: 'history.restore',
      fields: { place: 'Liévin' },
      collections: {
        participants: {
          upsert: [participant('p9', 'Lefèvre', 'Éloïse', 'Préfecture du Nord', 'État')],
          remove: ['p1'],
        },
      },
      at,
    },
  ],
};

describe('operations', () => {
  it.each(Object.values(samples).flat())('$type survives parsing unchanged', (op) => {
    expect(operationSchema.parse(JSON.parse(JSON.stringify(op)))).toEqual(op);
  });

  it.each(Object.values(samples).flat())(
    '$type gives the same session whether parsed or not',
    (op) => {
      const session = gennevilliersSession({ groupings: [worldCafe] });
      expect(applyOperation(session, operationSchema.parse(op))).toEqual(
        applyOperation(session, op),
      );
    },
  );
});
