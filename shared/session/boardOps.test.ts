import { describe, expect, it } from 'vitest';
import type { Session } from '../model/session';
import { sessionSchema } from '../model/session';
import { note, sessionWithBoards } from '../testing/sampleBoards';
import { applyOperation } from './applyOperation';
import type { NoteInput } from './boardOps';
import type { Operation, OperationInput } from './operations';
import { emptyHistory, recordStep, redo, undo, type UndoHistory } from './undoHistory';

/** A window's editing loop: operations applied and recorded for undo, as the renderer does. */
function editor(start: Session = sessionWithBoards()) {
  let session = start;
  let history: UndoHistory = emptyHistory;
  let clock = 0;
  const restore = (input: Parameters<Parameters<typeof undo>[1]>[0]) => {
    const before = session;
    session = applyOperation(session, { type: 'history.restore', ...input, at: stamp() });
    return { before, after: session };
  };
  const stamp = () => new Date(Date.UTC(2025, 1, 4, 9, 30) + clock * 1000).toISOString();
  return {
    get session() {
      return session;
    },
    /** `gapMs`: time since the previous operation (bursts under 2 s coalesce). */
    apply(input: OperationInput, gapMs = 5000) {
      clock += gapMs / 1000;
      const op = { ...input, at: stamp() } as Operation;
      const after = applyOperation(session, op);
      history = recordStep(history, { before: session, after, op, now: clock * 1000 });
      session = after;
      return after;
    },
    undo: () => (history = undo(history, restore, clock * 1000)),
    redo: () => (history = redo(history, restore, clock * 1000)),
  };
}

const texts = (session: Session, boardId = 'b-composantes', columnId?: string | null) =>
  session.notes
    .filter((n) => n.boardId === boardId && (columnId === undefined || n.columnId === columnId))
    .map((n) => n.text);

const typed = (id: string, text: string, overrides: Partial<NoteInput> = {}): NoteInput => ({
  id,
  boardId: 'b-composantes',
  text,
  color: 'rose',
  group: 'Table 2',
  author: null,
  columnId: null,
  ...overrides,
});

describe('note.add', () => {
  it('adds a typed note at the end of its column, with no dots, stamped with its time', () => {
    const e = editor();
    e.apply({
      type: 'note.add',
      notes: [typed('n9', 'Un coordinateur de la cité éducative', { columnId: 'c-soutien' })],
    });
    const added = e.session.notes.at(-1)!;
    expect(added).toMatchObject({
      text: 'Un coordinateur de la cité éducative',
      group: 'Table 2',
      columnId: 'c-soutien',
      votes: 0,
      votesBy: {},
      merged: [],
    });
    expect(added.createdAt).toBe('2025-02-04T09:30:05.000Z');
    expect(sessionSchema.safeParse(e.session).success).toBe(true);
  });

  it('adds 50 pasted lines as one operation, undone in one step and redone', () => {
    const e = editor();
    const lines = Array.from({ length: 50 }, (_, i) =>
      typed(`p${i}`, `Idée n° ${i + 1} de la table 3`, { group: 'Table 3' }),
    );
    e.apply({ type: 'note.add', notes: lines });
    expect(texts(e.session, 'b-composantes', null)).toHaveLength(3 + 50);
    e.undo();
    expect(e.session.notes).toEqual(sessionWithBoards().notes);
    e.redo();
    expect(texts(e.session).slice(-2)).toEqual([
      'Idée n° 49 de la table 3',
      'Idée n° 50 de la table 3',
    ]);
  });

  it('skips notes for a board that is not there, a column of another board, or a taken id', () => {
    const before = sessionWithBoards();
    expect(
      applyOperation(before, {
        type: 'note.add',
        notes: [typed('n1', 'déjà pris'), typed('x', 'sans tableau', { boardId: 'absent' })],
        at: '2025-02-04T09:31:00.000Z',
      }),
    ).toBe(before);
    const after = applyOperation(before, {
      type: 'note.add',
      notes: [typed('n9', 'Mot-clé', { boardId: 'b-mots', columnId: 'c-vision' })],
      at: '2025-02-04T09:31:00.000Z',
    });
    expect(after.notes.at(-1)).toMatchObject({ boardId: 'b-mots', columnId: null });
  });
});

describe('note.update', () => {
  it('edits in place; a burst of typing is one undo step', () => {
    const e = editor();
    const original = e.session.notes[0]!.text;
    for (const text of ['Un diagnostic', 'Un diagnostic partagé', 'Un diagnostic partagé !'])
      e.apply({ type: 'note.update', id: 'n1', fields: { text } }, 300);
    expect(e.session.notes[0]!.text).toBe('Un diagnostic partagé !');
    e.undo();
    expect(e.session.notes[0]!.text).toBe(original);
    e.redo();
    expect(e.session.notes[0]!.text).toBe('Un diagnostic partagé !');
  });

  it('changes the group without touching the other notes', () => {
    const before = sessionWithBoards();
    const after = applyOperation(before, {
      type: 'note.update',
      id: 'n3',
      fields: { group: 'Table 1' },
      at: '2025-02-04T09:31:00.000Z',
    });
    expect(after.notes.find((n) => n.id === 'n3')!.group).toBe('Table 1');
    expect(after.notes.filter((n) => n.id !== 'n3')).toEqual(
      before.notes.filter((n) => n.id !== 'n3'),
    );
  });
});

describe('note.move', () => {
  it('moves notes into a column after its last note, in the order given', () => {
    const e = editor();
    e.apply({ type: 'note.move', ids: ['n4', 'n3'], columnId: 'c-vision', beforeId: null });
    expect(texts(e.session, 'b-composantes', 'c-vision')).toEqual([
      'Un diagnostic partagé du quartier',
      'Une lettre d’information commune',
      'Des temps d’interconnaissance réguliers',
    ]);
    expect(texts(e.session, 'b-composantes', null)).toEqual([
      'un diagnostic partagé du quartier !',
    ]);
  });

  it('puts a note before another one of the column, and undo puts it back where it was', () => {
    const e = editor();
    e.apply({ type: 'note.move', ids: ['n5'], columnId: 'c-vision', beforeId: 'n1' });
    expect(texts(e.session, 'b-composantes', 'c-vision')).toEqual([
      'un diagnostic partagé du quartier !',
      'Un diagnostic partagé du quartier',
    ]);
    e.undo();
    expect(e.session.notes).toEqual(sessionWithBoards().notes);
  });

  it('reorders inside a column and back to unsorted', () => {
    const e = editor();
    e.apply({ type: 'note.move', ids: ['n3', 'n4'], columnId: 'c-vision', beforeId: null });
    e.apply({ type: 'note.move', ids: ['n4'], columnId: 'c-vision', beforeId: 'n1' });
    expect(texts(e.session, 'b-composantes', 'c-vision')).toEqual([
      'Une lettre d’information commune',
      'Un diagnostic partagé du quartier',
      'Des temps d’interconnaissance réguliers',
    ]);
    e.apply({ type: 'note.move', ids: ['n1'], columnId: null, beforeId: null });
    expect(texts(e.session, 'b-composantes', null)).toEqual([
      'un diagnostic partagé du quartier !',
      'Un diagnostic partagé du quartier',
    ]);
  });

  it('changes nothing for a column of another board, across boards, or before itself', () => {
    const s = sessionWithBoards();
    const at = '2025-02-04T09:31:00.000Z';
    const move = (ids: string[], columnId: string | null, beforeId: string | null) =>
      applyOperation(s, { type: 'note.move', ids, columnId, beforeId, at });
    expect(move(['n3'], 'c-inconnue', null)).toBe(s);
    expect(move(['n3', 'k1'], null, null)).toBe(s);
    expect(move(['n3'], null, 'n3')).toBe(s);
    expect(move(['n3'], 'c-vision', 'n2')).toBe(s);
    expect(move(['n1'], 'c-vision', null)).toBe(s);
  });
});

describe('note.merge', () => {
  it('folds duplicates into one note: dots added, their words and groups remembered', () => {
    const e = editor();
    e.apply({ type: 'note.vote', id: 'n1', delta: 2, voter: 'Table 1' });
    e.apply({ type: 'note.vote', id: 'n5', delta: 1, voter: 'Table 1' });
    e.apply({ type: 'note.vote', id: 'n5', delta: 3, voter: null });
    const beforeMerge = e.session;
    e.apply({ type: 'note.merge', targetId: 'n1', ids: ['n5'] });
    const kept = e.session.notes.find((n) => n.id === 'n1')!;
    expect(kept).toMatchObject({
      text: 'Un diagnostic partagé du quartier',
      columnId: 'c-vision',
      votes: 6,
      votesBy: { 'Table 1': 3 },
    });
    expect(kept.merged).toEqual([
      expect.objectContaining({
        id: 'n5',
        text: 'un diagnostic partagé du quartier !',
        group: 'Table 3',
      }),
    ]);
    expect(e.session.notes.some((n) => n.id === 'n5')).toBe(false);
    e.undo();
    expect(e.session.notes).toEqual(beforeMerge.notes);
  });

  it('keeps notes merged earlier when their note is merged again', () => {
    const e = editor();
    e.apply({ type: 'note.merge', targetId: 'n5', ids: ['n1'] });
    e.apply({ type: 'note.merge', targetId: 'n4', ids: ['n5'] });
    expect(
      e.session.notes
        .find((n) => n.id === 'n4')!
        .merged.map((m) => m.id)
        .sort(),
    ).toEqual(['n1', 'n5']);
  });

  it('does not merge notes of another board', () => {
    const s = sessionWithBoards();
    expect(
      applyOperation(s, { type: 'note.merge', targetId: 'n1', ids: ['k1'], at: s.modifiedAt }),
    ).toBe(s);
  });
});

describe('note.remove', () => {
  it('deletes notes, and undo puts each back at its place', () => {
    const e = editor();
    e.apply({ type: 'note.remove', ids: ['n2', 'n4'] });
    expect(e.session.notes.map((n) => n.id)).toEqual(['n1', 'n3', 'n5', 'k1', 'k2', 'k3']);
    e.undo();
    expect(e.session.notes).toEqual(sessionWithBoards().notes);
  });
});

describe('note.vote', () => {
  it('counts dots and takes them back, never below zero', () => {
    const e = editor();
    e.apply({ type: 'note.vote', id: 'n2', delta: 1, voter: null });
    e.apply({ type: 'note.vote', id: 'n2', delta: 1, voter: null });
    expect(e.session.notes.find((n) => n.id === 'n2')!.votes).toBe(2);
    e.apply({ type: 'note.vote', id: 'n2', delta: -1, voter: null });
    e.apply({ type: 'note.vote', id: 'n2', delta: -1, voter: null });
    const unchanged = e.session;
    expect(e.apply({ type: 'note.vote', id: 'n2', delta: -1, voter: null })).toBe(unchanged);
    expect(unchanged.notes.find((n) => n.id === 'n2')!.votes).toBe(0);
  });

  it('holds each group to its dots, across the notes of the board', () => {
    const e = editor(); // 3 dots per group
    e.apply({ type: 'note.vote', id: 'n1', delta: 2, voter: 'Table 2' });
    e.apply({ type: 'note.vote', id: 'n3', delta: 5, voter: 'Table 2' });
    expect(e.session.notes.find((n) => n.id === 'n3')!.votesBy).toEqual({ 'Table 2': 1 });
    const full = e.session;
    expect(e.apply({ type: 'note.vote', id: 'n4', delta: 1, voter: 'Table 2' })).toBe(full);
    e.apply({ type: 'note.vote', id: 'n4', delta: 1, voter: 'Table 3' });
    expect(e.session.notes.find((n) => n.id === 'n4')!.votes).toBe(1);
  });

  it('takes back only the dots a voter gave, and keeps the counted ones', () => {
    const e = editor();
    e.apply({ type: 'note.vote', id: 'n1', delta: 1, voter: 'Table 1' });
    e.apply({ type: 'note.vote', id: 'n1', delta: 2, voter: null });
    e.apply({ type: 'note.vote', id: 'n1', delta: -3, voter: 'Table 1' });
    expect(e.session.notes[0]).toMatchObject({ votes: 2, votesBy: {} });
    e.apply({ type: 'note.vote', id: 'n1', delta: 1, voter: 'Table 3' });
    e.apply({ type: 'note.vote', id: 'n1', delta: -5, voter: null });
    expect(e.session.notes[0]).toMatchObject({ votes: 1, votesBy: { 'Table 3': 1 } });
  });

  it('undoes a vote', () => {
    const e = editor();
    e.apply({ type: 'note.vote', id: 'n1', delta: 1, voter: 'Table 1' });
    e.undo();
    expect(e.session.notes[0]).toMatchObject({ votes: 0, votesBy: {} });
    e.redo();
    expect(e.session.notes[0]).toMatchObject({ votes: 1, votesBy: { 'Table 1': 1 } });
  });
});

describe('boards and columns', () => {
  it('adds a board with the 5 components and renames, moves and removes its columns', () => {
    const e = editor();
    e.apply({
      type: 'board.add',
      board: {
        id: 'b-temps2',
        sequenceId: 'seq-temps2',
        title: 'Temps#2',
        prompt: '',
        mode: 'clusters',
        columns: [{ id: 'k1', title: 'Confiance', color: '' }],
        groups: [],
        voting: null,
      },
    });
    expect(e.session.boards.at(-1)).toMatchObject({
      id: 'b-temps2',
      createdAt: e.session.modifiedAt,
    });
    for (const title of ['L', 'Le', 'Les liens'])
      e.apply({ type: 'column.rename', boardId: 'b-temps2', columnId: 'k1', title }, 200);
    e.apply({
      type: 'column.add',
      boardId: 'b-temps2',
      column: { id: 'k2', title: 'Temps', color: '' },
      index: 0,
    });
    expect(e.session.boards.at(-1)!.columns.map((c) => c.title)).toEqual(['Temps', 'Les liens']);
    e.apply({ type: 'column.move', boardId: 'b-temps2', columnId: 'k2', toIndex: 5 });
    expect(e.session.boards.at(-1)!.columns.map((c) => c.title)).toEqual(['Les liens', 'Temps']);
    e.undo();
    e.undo();
    e.undo();
    expect(e.session.boards.at(-1)!.columns.map((c) => c.title)).toEqual(['Confiance']);
  });

  it('keeps the notes of a removed column, unsorted', () => {
    const e = editor();
    e.apply({ type: 'column.remove', boardId: 'b-composantes', columnId: 'c-vision' });
    expect(e.session.boards[0]!.columns).toHaveLength(4);
    expect(e.session.notes.find((n) => n.id === 'n1')).toMatchObject({ columnId: null });
    e.undo();
    expect(e.session).toEqual({ ...sessionWithBoards(), modifiedAt: e.session.modifiedAt });
  });

  it('removes a board with its notes, keeps its photos on the sequence, and undo brings all back', () => {
    const start = sessionWithBoards();
    const photo = {
      id: 'm1',
      sequenceId: null,
      boardId: 'b-mots',
      file: 'm1.jpg',
      displayFile: null,
      mime: 'image/jpeg',
      caption: '',
      rotation: 0 as const,
      width: 0,
      height: 0,
      createdAt: start.createdAt,
    };
    const e = editor({
      ...start,
      media: [photo],
      run: { ...start.run, roomView: { kind: 'keywords', boardId: 'b-mots' } },
    });
    e.apply({ type: 'board.remove', id: 'b-mots' });
    expect(e.session.boards.map((b) => b.id)).toEqual(['b-composantes']);
    expect(e.session.notes.some((n) => n.boardId === 'b-mots')).toBe(false);
    expect(e.session.media[0]).toMatchObject({ boardId: null, sequenceId: 'seq-intro' });
    expect(e.session.run.roomView).toEqual({ kind: 'timer' });
    e.undo();
    expect(e.session.notes).toEqual(start.notes);
    expect(e.session.media).toEqual([photo]);
    expect(e.session.run.roomView).toEqual({ kind: 'keywords', boardId: 'b-mots' });
  });

  it('updates a board’s prompt and vote, typing coalesced', () => {
    const e = editor();
    e.apply({ type: 'board.update', id: 'b-composantes', fields: { prompt: 'Q' } }, 100);
    e.apply({ type: 'board.update', id: 'b-composantes', fields: { prompt: 'Quoi ?' } }, 100);
    e.apply({ type: 'board.update', id: 'b-composantes', fields: { voting: null } });
    expect(e.session.boards[0]).toMatchObject({ prompt: 'Quoi ?', voting: null });
    e.undo();
    e.undo();
    expect(e.session.boards[0]).toEqual(sessionWithBoards().boards[0]);
  });
});

describe('a board of 2,000 notes', () => {
  it('stays valid through adds, moves, merges and votes', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      note(`m${i}`, `Idée ${i}`, { group: `Table ${(i % 12) + 1}` }),
    );
    const e = editor({ ...sessionWithBoards(), notes: many });
    e.apply({ type: 'note.move', ids: ['m10', 'm20'], columnId: 'c-mesure', beforeId: null });
    e.apply({ type: 'note.merge', targetId: 'm10', ids: ['m1999'] });
    e.apply({ type: 'note.vote', id: 'm10', delta: 1, voter: 'Table 1' });
    expect(e.session.notes).toHaveLength(1999);
    expect(sessionSchema.safeParse(e.session).success).toBe(true);
  });
});
