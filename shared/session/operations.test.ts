/**
 * Every operation type has a sample here (the type below makes a missing one a build error):
 * parsing must give back the very same operation, since the Node side applies the parsed
 * operation and the window applies the one it wrote.
 */
import { describe, expect, it } from 'vitest';
import { sequenceDraft } from '../model/agenda';
import { componentColumns, sessionWithBoards } from '../testing/sampleBoards';
import { gennevilliersAgenda, participant } from '../testing/sampleSession';
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
  'board.add': [
    {
      type: 'board.add',
      board: {
        id: 'b9',
        sequenceId: 'seq-temps1',
        title: 'Les 5 composantes',
        prompt: 'Où en est la coopération sur votre territoire ?',
        mode: 'columns',
        columns: componentColumns,
        groups: ['Table 1', 'Table 2'],
        voting: null,
      },
      at,
    },
  ],
  'board.update': [
    { type: 'board.update', id: 'b-composantes', fields: { title: 'Temps#1' }, at },
    {
      type: 'board.update',
      id: 'b-composantes',
      fields: { voting: { dots: 5, per: 'person' } },
      at,
    },
  ],
  'board.remove': [{ type: 'board.remove', id: 'b-mots', at }],
  'column.add': [
    {
      type: 'column.add',
      boardId: 'b-composantes',
      column: { id: 'c-autre', title: 'Autres idées', color: 'violet' },
      at,
    },
    {
      type: 'column.add',
      boardId: 'b-composantes',
      column: { id: 'c-autre', title: 'Autres idées', color: '' },
      index: 0,
      at,
    },
  ],
  'column.rename': [
    { type: 'column.rename', boardId: 'b-composantes', columnId: 'c-vision', title: 'Vision', at },
  ],
  'column.move': [
    { type: 'column.move', boardId: 'b-composantes', columnId: 'c-soutien', toIndex: 0, at },
  ],
  'column.remove': [{ type: 'column.remove', boardId: 'b-composantes', columnId: 'c-vision', at }],
  'note.add': [
    {
      type: 'note.add',
      notes: [
        {
          id: 'n9',
          boardId: 'b-composantes',
          text: 'Un coordinateur pour la cité éducative',
          color: 'rose',
          group: 'Table 2',
          author: null,
          columnId: 'c-soutien',
        },
      ],
      at,
    },
  ],
  'note.update': [
    { type: 'note.update', id: 'n1', fields: { text: 'Un diagnostic partagé' }, at },
    { type: 'note.update', id: 'n1', fields: { group: null, author: 'Aïcha' }, at },
  ],
  'note.move': [
    { type: 'note.move', ids: ['n3', 'n4'], columnId: 'c-communication', beforeId: null, at },
    { type: 'note.move', ids: ['n5'], columnId: 'c-vision', beforeId: 'n1', at },
  ],
  'note.merge': [{ type: 'note.merge', targetId: 'n1', ids: ['n5'], at }],
  'note.remove': [{ type: 'note.remove', ids: ['n4'], at }],
  'note.vote': [
    { type: 'note.vote', id: 'n1', delta: 1, voter: 'Table 2', at },
    { type: 'note.vote', id: 'n1', delta: -1, voter: null, at },
  ],
  'action.add': [
    {
      type: 'action.add',
      action: {
        id: 'a1',
        sequenceId: null,
        text: 'Organiser un petit-déjeuner des partenaires',
        owner: 'Aïcha Benali',
        ownerParticipantId: 'p1',
        due: '2025-03-14',
        group: 'Table 2',
        status: 'open',
      },
      at,
    },
  ],
  'action.update': [{ type: 'action.update', id: 'a1', fields: { status: 'done' }, at }],
  'action.review': [
    { type: 'action.review', id: 'a1', outcome: 'done', at },
    { type: 'action.review', id: 'a1', outcome: 'carried', at },
  ],
  'action.remove': [{ type: 'action.remove', id: 'a1', at }],
  'media.add': [
    {
      type: 'media.add',
      media: {
        id: 'm1',
        sequenceId: 'seq-temps1',
        boardId: 'b-composantes',
        file: 'm1.jpg',
        displayFile: 'm1.display.jpg',
        mime: 'image/jpeg',
        caption: 'Paperboard de la table 3',
        rotation: 0,
        width: 1600,
        height: 1200,
      },
      at,
    },
  ],
  'media.update': [
    { type: 'media.update', id: 'm1', fields: { caption: 'Table 3' }, at },
    {
      type: 'media.update',
      id: 'm1',
      fields: { rotation: 90, displayFile: 'm1.display-90.jpg', width: 1200, height: 1600 },
      at,
    },
  ],
  'media.remove': [{ type: 'media.remove', id: 'm1', at }],
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
        groupingPlan: { size: 4, strategy: 'rotation', rounds: 4 },
      },
      at,
    },
    {
      type: 'agenda.add',
      sequence: sequenceDraft({ id: 's10', kind: 'pause', title: 'Pause', durationMin: 10 }),
      index: 0,
      at,
    },
  ],
  'agenda.update': [
    { type: 'agenda.update', id: 's1', fields: { title: 'Accueil café' }, at },
    { type: 'agenda.update', id: 's1', fields: { pinnedStart: null, durationMin: 25 }, at },
  ],
  'agenda.remove': [{ type: 'agenda.remove', id: 's1', at }],
  'method.insert': [
    {
      type: 'method.insert',
      index: 2,
      sequences: [
        {
          id: 'm-s1',
          kind: 'sousGroupes',
          title: 'Mise en route — les plus beaux exemples de coopération',
          durationMin: 7,
          pinnedStart: null,
          prompt:
            'Quels sont, selon vous, les plus beaux exemples de coopération sur votre territoire\u202f?',
          instructions: 'Une personne par groupe note 1 mot-clé.',
          facilitatorNotes: '',
          speakers: '',
          rounds: null,
          groupingPlan: { size: 5, strategy: 'mixed', rounds: 1 },
        },
      ],
      boards: [
        {
          id: 'm-b1',
          sequenceId: 'm-s1',
          title: 'Les mots-clés de la coopération',
          prompt: '1 mot-clé qui résume ce qui rend la coopération possible',
          mode: 'keywords',
          columns: [],
          groups: [],
          voting: null,
        },
      ],
      at,
    },
  ],
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
    { type: 'run.configure', options: { onePerOrganisation: true }, at },
    { type: 'run.configure', options: { projectorVideoCall: true }, at },
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
      // A running day with boards: every operation has something to change.
      const session = applyOperation(
        { ...sessionWithBoards(), agenda: gennevilliersAgenda(), groupings: [worldCafe] },
        { type: 'run.start', sequenceId: 's2', at: '2025-02-04T08:31:00.000Z' },
      );
      expect(applyOperation(session, operationSchema.parse(op))).toEqual(
        applyOperation(session, op),
      );
    },
  );
});
