/**
 * Dot voting, read the way the room reads the wall: the notes with the most dots first, notes
 * with as many dots sharing their rank (1, 2, 2, 4), and what each voter has left to give.
 */
import type { Board, Note } from '../model/boards';

export type RankedNote = { note: Note; rank: number };

/**
 * The notes that received dots, most first; ties keep the board's order. With `top`, the notes
 * ranked within the first `top` places, ties at the cut included (a top 3 may show 4 notes).
 */
export function rankByVotes(notes: readonly Note[], options: { top?: number } = {}): RankedNote[] {
  const sorted = notes
    .map((note, index) => ({ note, index }))
    .filter(({ note }) => note.votes > 0)
    .sort((a, b) => b.note.votes - a.note.votes || a.index - b.index);
  const ranked: RankedNote[] = [];
  sorted.forEach(({ note }, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.note.votes === note.votes ? previous.rank : i + 1;
    ranked.push({ note, rank });
  });
  return options.top === undefined ? ranked : ranked.filter((r) => r.rank <= options.top!);
}

/** How many dots a known voter (a group's name, a participant's id) has given on a board. */
export function dotsGivenBy(notes: readonly Note[], boardId: string, voter: string): number {
  let given = 0;
  for (const note of notes) if (note.boardId === boardId) given += note.votesBy[voter] ?? 0;
  return given;
}

export type VoteTally = {
  /** Dots on the board's notes, counted or given by known voters. */
  given: number;
  /** Dots the room has in all (dots × voters); null without a vote or voters. */
  available: number | null;
};

/** The board's dots so far, against what `voterCount` voters may give. */
export function voteTally(board: Board, notes: readonly Note[], voterCount: number): VoteTally {
  let given = 0;
  for (const note of notes) if (note.boardId === board.id) given += note.votes;
  const available = board.voting && voterCount > 0 ? board.voting.dots * voterCount : null;
  return { given, available };
}
