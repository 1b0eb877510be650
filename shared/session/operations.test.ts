/**
 * Every operation type has a sample here (the type below makes a missing one a build error):
 * parsing must give back the very same operation, since the Node side applies the parsed
 * operation and the window applies the one it wrote.
 */
import { describe, expect, it } from 'vitest';
import { gennevilliersAgenda, gennevilliersSession, participant } from '../testing/sampleSession';
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
  'agenda.add': [
    {
      type: 'agenda.add',
      sequence: {
        id: 's9',
        kind: 'worldCafe',
        title: 'World café — 4 thématiques',
        durationMin: 86,
        pinnedStart: '10:20',
        prompt: 'Qu’est-ce que vous inspirent ces thématiques ?',
        instructions: '20 minutes sur une thématique, seulement 4 possibles dans la matinée.',
        facilitatorNotes: '',
        speakers: '',
        rounds: { count: 4, roundMin: 20, changeMin: 2 },
      },
      at,
    },
    {
      type: 'agenda.add',
      sequence: {
        id: 's10',
        kind: 'pause',
        title: 'Pause',
        durationMin: 10,
        pinnedStart: null,
        prompt: '',
        instructions: '',
        facilitatorNotes: '',
        speakers: '',
        rounds: null,
      },
      index: 0,
      at,
    },
  ],
  'agenda.update': [
    { type: 'agenda.update', id: 's1', fields: { title: 'Accueil café' }, at },
    { type: 'agenda.update', id: 's1', fields: { pinnedStart: null, durationMin: 25 }, at },
  ],
  'agenda.remove': [{ type: 'agenda.remove', id: 's1', at }],
  'agenda.move': [{ type: 'agenda.move', id: 's1', toIndex: 3, at }],
  'run.start': [{ type: 'run.start', sequenceId: 's1', at }],
  'run.pause': [{ type: 'run.pause', at }],
  'run.resume': [{ type: 'run.resume', at }],
  'run.adjust': [
    { type: 'run.adjust', deltaMin: 1, at },
    { type: 'run.adjust', deltaMin: -1, at },
  ],
  'run.reset': [{ type: 'run.reset', at }],
  'run.finish': [{ type: 'run.finish', at }],
  'run.configure': [
    { type: 'run.configure', options: { timerWarningMin: 5 }, at },
    { type: 'run.configure', options: { chimeMuted: true, projectorTheme: 'light' }, at },
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
      // A running day: every operation has something to change.
      const session = applyOperation(gennevilliersSession({ agenda: gennevilliersAgenda() }), {
        type: 'run.start',
        sequenceId: 's2',
        at: '2025-02-04T08:31:00.000Z',
      });
      expect(applyOperation(session, operationSchema.parse(op))).toEqual(
        applyOperation(session, op),
      );
    },
  );
});
