/**
 * Boards of the Gennevilliers half-day for tests: the keyword round of the introduction and the
 * exploration of the 5 components of collective impact (Temps#1), as tables wrote them.
 */
import type { Board, Note } from '../model/boards';
import type { Session } from '../model/session';
import { gennevilliersSession, T0 } from './sampleSession';

export const componentColumns = [
  { id: 'c-vision', title: 'Vision commune', color: 'jaune' },
  { id: 'c-mesure', title: 'Mesure partagée', color: 'rose' },
  { id: 'c-actions', title: 'Actions qui se renforcent mutuellement', color: 'bleu' },
  { id: 'c-communication', title: 'Communication continue', color: 'vert' },
  { id: 'c-soutien', title: 'Structure de soutien (backbone)', color: 'orange' },
];

export function board(overrides: Partial<Board> & { id: string }): Board {
  return {
    sequenceId: 'seq-temps1',
    title: 'Les 5 composantes de l’impact collectif',
    prompt: 'Où en est la coopération sur votre territoire ?',
    mode: 'columns',
    columns: componentColumns,
    groups: ['Table 1', 'Table 2', 'Table 3'],
    voting: { dots: 3, per: 'group' },
    createdAt: T0,
    ...overrides,
  };
}

export function note(id: string, text: string, overrides: Partial<Note> = {}): Note {
  return {
    id,
    boardId: 'b-composantes',
    text,
    color: 'jaune',
    group: 'Table 1',
    author: null,
    columnId: null,
    votes: 0,
    votesBy: {},
    merged: [],
    createdAt: T0,
    ...overrides,
  };
}

/** The session with the Temps#1 board: three tables' notes, some sorted, one duplicate. */
export function sessionWithBoards(): Session {
  return gennevilliersSession({
    boards: [
      board({ id: 'b-composantes' }),
      board({
        id: 'b-mots',
        sequenceId: 'seq-intro',
        title: 'Mots-clés de la coopération',
        prompt: '1 mot-clé qui résume ce qui rend la coopération possible',
        mode: 'keywords',
        columns: [],
        voting: null,
      }),
    ],
    notes: [
      note('n1', 'Un diagnostic partagé du quartier', { columnId: 'c-vision' }),
      note('n2', 'Partager les données de la réussite éducative', {
        group: 'Table 2',
        columnId: 'c-mesure',
      }),
      note('n3', 'Des temps d’interconnaissance réguliers', { group: 'Table 3' }),
      note('n4', 'Une lettre d’information commune', { group: 'Table 2' }),
      note('n5', 'un diagnostic partagé du quartier !', { group: 'Table 3' }),
      note('k1', 'Confiance', { boardId: 'b-mots', group: 'Table 1' }),
      note('k2', 'Écoute', { boardId: 'b-mots', group: 'Table 2' }),
      note('k3', 'confiances', { boardId: 'b-mots', group: 'Table 3' }),
    ],
  });
}
