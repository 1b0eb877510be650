import { describe, expect, it } from 'vitest';
import { board, note } from '../testing/sampleBoards';
import { dotsGivenBy, rankByVotes, voteTally } from './voting';

const wall = [
  note('a', 'Un diagnostic partagé du quartier', { votes: 4 }),
  note('b', 'Une lettre d’information commune', { votes: 0 }),
  note('c', 'Des temps d’interconnaissance réguliers', { votes: 7 }),
  note('d', 'Partager les données de la réussite éducative', { votes: 4 }),
  note('e', 'Un coordinateur de la cité éducative', { votes: 1 }),
];

describe('rankByVotes', () => {
  it('ranks the notes with dots, most first; equal dots share a rank and keep the board order', () => {
    expect(rankByVotes(wall).map(({ note: n, rank }) => [n.id, n.votes, rank])).toEqual([
      ['c', 7, 1],
      ['a', 4, 2],
      ['d', 4, 2],
      ['e', 1, 4],
    ]);
  });

  it('keeps the ties at the cut of a top', () => {
    expect(rankByVotes(wall, { top: 2 }).map((r) => r.note.id)).toEqual(['c', 'a', 'd']);
    expect(rankByVotes(wall, { top: 1 }).map((r) => r.note.id)).toEqual(['c']);
  });

  it('is empty before anybody voted', () => {
    expect(rankByVotes([note('a', 'Confiance')])).toEqual([]);
  });
});

describe('dots', () => {
  it('counts what a voter gave on one board only', () => {
    const notes = [
      note('a', 'x', { votes: 2, votesBy: { 'Table 1': 2 } }),
      note('b', 'y', { votes: 3, votesBy: { 'Table 1': 1, 'Table 2': 1 } }),
      note('c', 'z', { boardId: 'autre', votes: 1, votesBy: { 'Table 1': 1 } }),
    ];
    expect(dotsGivenBy(notes, 'b-composantes', 'Table 1')).toBe(3);
    expect(dotsGivenBy(notes, 'b-composantes', 'Table 3')).toBe(0);
  });

  it('tallies the dots given against dots × voters', () => {
    const b = board({ id: 'b-composantes', voting: { dots: 3, per: 'person' } });
    expect(voteTally(b, wall, 15)).toEqual({ given: 16, available: 45 });
    expect(voteTally({ ...b, voting: null }, wall, 15)).toEqual({ given: 16, available: null });
  });
});
