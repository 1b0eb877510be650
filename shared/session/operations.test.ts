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
  'participant.add': [
    {
      type: 'participant.add',
      participant: participant('p9', 'Lefèvre', 'Éloïse', 'Préfecture du Nord', 'État'),
      at,
    },
    {
      type: 'participant.add',
      participant: {
        ...participant('p10', 'Œillet', 'François', '', 'Habitant'),
        attendance: 'present',
        isWalkIn: true,
      },
      at,
    },
  ],
  'participant.update': [
    { type: 'participant.update', id: 'p1', fields: { firstName: 'Aïssa' }, at },
    {
      type: 'participant.update',
      id: 'p2',
      fields: { tags: ['élu·e', 'jeunesse'], notes: 'Arrivera à 10 h', isWalkIn: false },
      at,
    },
  ],
  'participant.remove': [{ type: 'participant.remove', id: 'p3', at }],
  'participant.setAttendance': [
    { type: 'participant.setAttendance', id: 'p1', attendance: 'present', at },
    { type: 'participant.setAttendance', id: 'p2', attendance: 'excused', at },
  ],
  'participants.import': [
    {
      type: 'participants.import',
      add: [participant('p11', 'Da Silva', 'Maëlle', 'CAF des Hauts-de-Seine', 'État')],
      merge: [{ id: 'p1', fields: { email: 'aicha.benali@mairie-gennevilliers.fr' } }],
      at,
    },
  ],
  'role.add': [{ type: 'role.add', role: 'Élu·e', at }],
  'role.rename': [{ type: 'role.rename', from: 'Habitant', to: 'Habitant·e', at }],
  'role.remove': [{ type: 'role.remove', role: 'Entreprise', at }],
  'role.move': [{ type: 'role.move', role: 'Autre', toIndex: 0, at }],
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
      const session = gennevilliersSession();
      expect(applyOperation(session, operationSchema.parse(op))).toEqual(
        applyOperation(session, op),
      );
    },
  );
});
