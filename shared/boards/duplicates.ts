/**
 * Duplicates on a board: notes that say the same thing once case, accents, punctuation and
 * plurals are folded (« Se faire confiance » and « se faire confiance ! »), as for keywords.
 */
import type { Note } from '../model/boards';
import { keywordKey } from './keywords';

/** Folded texts by note: notes never change in place, so a board recounts only what is new. */
const keys = new WeakMap<Note, string>();

function keyOf(note: Note): string {
  let key = keys.get(note);
  if (key === undefined) {
    key = keywordKey(note.text);
    keys.set(note, key);
  }
  return key;
}

/** Groups of two or more notes saying the same, in board order; the first of each is kept. */
export function findDuplicateNotes(notes: readonly Note[]): Note[][] {
  const byKey = new Map<string, Note[]>();
  for (const note of notes) {
    const key = keyOf(note);
    if (!key) continue;
    const group = byKey.get(key);
    if (group) group.push(note);
    else byKey.set(key, [note]);
  }
  return [...byKey.values()].filter((group) => group.length > 1);
}
