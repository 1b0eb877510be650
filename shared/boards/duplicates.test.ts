import { describe, expect, it } from 'vitest';
import { note } from '../testing/sampleBoards';
import { findDuplicateNotes } from './duplicates';

describe('findDuplicateNotes', () => {
  it('groups notes that say the same once case, accents, punctuation and plurals are folded', () => {
    const notes = [
      note('a', 'Se faire confiance'),
      note('b', 'Un diagnostic partagé'),
      note('c', 'se faire confiance !'),
      note('d', 'Un diagnostic'),
      note('e', 'SE FAIRE CONFIANCES'),
      note('f', 'Un Diagnostic Partagé.'),
    ];
    expect(findDuplicateNotes(notes).map((group) => group.map((n) => n.id))).toEqual([
      ['a', 'c', 'e'],
      ['b', 'f'],
    ]);
  });
});
