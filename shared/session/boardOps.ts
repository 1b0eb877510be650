/**
 * Sticky-note boards: boards, their columns (or clusters), notes, merges and dot votes.
 *
 * Invariants the reducer keeps, whatever the operation says:
 * - a note belongs to an existing board, and its `columnId` is one of that board's columns or null;
 * - the order of `session.notes` is the order of the notes inside each column;
 * - `votes` is never below the dots given by known voters (`votesBy`), and a known voter never
 *   gives more dots than the board's `voting.dots`;
 * - removing a column unsorts its notes, removing a board removes its notes: nothing else is lost,
 *   and undo puts everything back.
 * An operation that would break one of them, or that names something that is not there,
 * changes nothing (the same session is returned).
 */
import { z } from 'zod';
import type { Board, BoardDraft, Note } from '../model/boards';
import {
  boardColumnSchema,
  boardDraftSchema,
  boardFields,
  columnInput,
  noteSchema,
} from '../model/boards';
import { dotsGivenBy } from '../boards/voting';
import { idSchema } from '../model/ids';
import type { Session } from '../model/session';
import { defineOps, updateById } from './defineOps';

const noteText = noteSchema.shape.text;
const groupName = z.string().max(200).nullable();

const noteInput = z.object({
  id: idSchema,
  boardId: idSchema,
  text: noteText,
  color: z.string().max(32),
  group: groupName,
  author: z.string().max(200).nullable(),
  columnId: idSchema.nullable(),
});
export type NoteInput = z.infer<typeof noteInput>;

const noteIds = z.array(idSchema).min(1).max(5000);

/** Adds boards (their notes start empty); a board whose id already exists is left as it is. */
export function addBoards(session: Session, drafts: readonly BoardDraft[], at: string): Session {
  const known = new Set(session.boards.map((b) => b.id));
  const added: Board[] = [];
  for (const draft of drafts) {
    if (known.has(draft.id)) continue;
    known.add(draft.id);
    added.push({ ...draft, createdAt: at });
  }
  return added.length === 0 ? session : { ...session, boards: [...session.boards, ...added] };
}

export const boardOps = defineOps({
  'board.add': {
    input: z.object({
      board: boardDraftSchema,
    }),
    apply: (session, op) => addBoards(session, [op.board], op.at),
  },

  'board.update': {
    input: z.object({ id: idSchema, fields: z.object(boardFields).partial() }),
    apply: (session, op) =>
      withBoards(
        session,
        updateById(session.boards, op.id, (board) => ({ ...board, ...op.fields })),
      ),
    coalesceKey: (op) => `${op.id}:${Object.keys(op.fields).sort().join(',')}`,
  },

  /** The board and its notes go; photos attached to it stay, attached to its sequence. */
  'board.remove': {
    input: z.object({ id: idSchema }),
    apply: (session, op) => {
      const board = session.boards.find((b) => b.id === op.id);
      if (!board) return session;
      const view = session.run.roomView;
      const wasShown =
        (view.kind === 'keywords' || view.kind === 'votes') && view.boardId === op.id;
      return {
        ...session,
        boards: session.boards.filter((b) => b.id !== op.id),
        notes: session.notes.filter((n) => n.boardId !== op.id),
        media: session.media.some((m) => m.boardId === op.id)
          ? session.media.map((m) =>
              m.boardId === op.id
                ? { ...m, boardId: null, sequenceId: m.sequenceId ?? board.sequenceId }
                : m,
            )
          : session.media,
        run: wasShown ? { ...session.run, roomView: { kind: 'timer' } } : session.run,
      };
    },
  },

  'column.add': {
    input: z.object({
      boardId: idSchema,
      column: columnInput,
      /** Where it goes among the columns; at the end when absent. */
      index: z.number().int().min(0).optional(),
    }),
    apply: (session, op) =>
      changeBoard(session, op.boardId, (board) => {
        if (board.columns.some((c) => c.id === op.column.id)) return board;
        const columns = board.columns.slice();
        columns.splice(op.index ?? columns.length, 0, op.column);
        return { ...board, columns };
      }),
  },

  'column.rename': {
    input: z.object({
      boardId: idSchema,
      columnId: idSchema,
      title: boardColumnSchema.shape.title,
    }),
    apply: (session, op) =>
      changeBoard(session, op.boardId, (board) => {
        const columns = updateById(board.columns, op.columnId, (c) => ({ ...c, title: op.title }));
        return columns === board.columns ? board : { ...board, columns };
      }),
    coalesceKey: (op) => `${op.boardId}:${op.columnId}`,
  },

  'column.move': {
    input: z.object({ boardId: idSchema, columnId: idSchema, toIndex: z.number().int().min(0) }),
    apply: (session, op) =>
      changeBoard(session, op.boardId, (board) => {
        const from = board.columns.findIndex((c) => c.id === op.columnId);
        const to = Math.min(op.toIndex, board.columns.length - 1);
        if (from === -1 || from === to) return board;
        const columns = board.columns.slice();
        const [column] = columns.splice(from, 1);
        columns.splice(to, 0, column!);
        return { ...board, columns };
      }),
  },

  /** Its notes are kept, unsorted. */
  'column.remove': {
    input: z.object({ boardId: idSchema, columnId: idSchema }),
    apply: (session, op) => {
      const next = changeBoard(session, op.boardId, (board) =>
        board.columns.some((c) => c.id === op.columnId)
          ? { ...board, columns: board.columns.filter((c) => c.id !== op.columnId) }
          : board,
      );
      if (next === session) return session;
      return {
        ...next,
        notes: mapChanged(next.notes, (n) =>
          n.boardId === op.boardId && n.columnId === op.columnId ? { ...n, columnId: null } : n,
        ),
      };
    },
  },

  /** One note typed, or many pasted at once (one undo step), each at the end of its column. */
  'note.add': {
    input: z.object({ notes: z.array(noteInput).min(1).max(5000) }),
    apply: (session, op) => {
      const boards = new Map(session.boards.map((b) => [b.id, b]));
      const taken = new Set(session.notes.map((n) => n.id));
      const added: Note[] = [];
      for (const input of op.notes) {
        const board = boards.get(input.boardId);
        if (!board || taken.has(input.id)) continue;
        taken.add(input.id);
        added.push({
          ...input,
          columnId: hasColumn(board, input.columnId) ? input.columnId : null,
          votes: 0,
          votesBy: {},
          merged: [],
          createdAt: op.at,
        });
      }
      return added.length === 0 ? session : { ...session, notes: [...session.notes, ...added] };
    },
  },

  /** Edited in place: typing a note's text letter by letter is one undo step. */
  'note.update': {
    input: z.object({
      id: idSchema,
      fields: z
        .object({
          text: noteText,
          color: z.string().max(32),
          group: groupName,
          author: z.string().max(200).nullable(),
        })
        .partial(),
    }),
    apply: (session, op) =>
      withNotes(
        session,
        updateById(session.notes, op.id, (note) => ({ ...note, ...op.fields })),
      ),
    coalesceKey: (op) => `${op.id}:${Object.keys(op.fields).sort().join(',')}`,
  },

  /**
   * Moves notes of one board into a column (null: unsorted), in the order given, before the note
   * `beforeId` of that column, or after its last note.
   */
  'note.move': {
    input: z.object({
      ids: noteIds,
      columnId: idSchema.nullable(),
      beforeId: idSchema.nullable(),
    }),
    apply: (session, op) => {
      const byId = new Map(session.notes.map((n) => [n.id, n]));
      const moving = [...new Set(op.ids)].map((id) => byId.get(id)).filter((n) => n !== undefined);
      const boardId = moving[0]?.boardId;
      const board = session.boards.find((b) => b.id === boardId);
      if (!board || moving.some((n) => n.boardId !== boardId)) return session;
      if (!hasColumn(board, op.columnId)) return session;
      const movingIds = new Set(moving.map((n) => n.id));
      if (op.beforeId !== null && movingIds.has(op.beforeId)) return session;
      const before = op.beforeId === null ? undefined : byId.get(op.beforeId);
      if (before && (before.boardId !== boardId || before.columnId !== op.columnId)) return session;

      const rest = session.notes.filter((n) => !movingIds.has(n.id));
      let at: number;
      if (before) at = rest.indexOf(before);
      else {
        const last = findLastIndex(
          rest,
          (n) => n.boardId === boardId && n.columnId === op.columnId,
        );
        // Into an empty column: where the first moved note was (only the order within a column counts).
        at =
          last === -1
            ? session.notes.indexOf(moving[0]!) - countBefore(session.notes, moving[0]!, movingIds)
            : last + 1;
      }
      const moved = moving.map((n) =>
        n.columnId === op.columnId ? n : { ...n, columnId: op.columnId },
      );
      const notes = [...rest.slice(0, at), ...moved, ...rest.slice(at)];
      const unchanged = notes.every((n, i) => n === session.notes[i]);
      return unchanged ? session : { ...session, notes };
    },
  },

  /**
   * Duplicates folded into one note: it keeps its text and place, gains their dots, and
   * remembers what each said and who wrote it.
   */
  'note.merge': {
    input: z.object({ targetId: idSchema, ids: noteIds }),
    apply: (session, op) => {
      const target = session.notes.find((n) => n.id === op.targetId);
      if (!target) return session;
      const ids = new Set(op.ids.filter((id) => id !== op.targetId));
      const sources = session.notes.filter((n) => ids.has(n.id) && n.boardId === target.boardId);
      if (sources.length === 0) return session;
      const votesBy = { ...target.votesBy };
      for (const source of sources)
        for (const [voter, dots] of Object.entries(source.votesBy))
          votesBy[voter] = (votesBy[voter] ?? 0) + dots;
      const merged: Note = {
        ...target,
        votes: target.votes + sources.reduce((sum, n) => sum + n.votes, 0),
        votesBy,
        merged: [
          ...target.merged,
          ...sources.flatMap((n) => [
            ...n.merged,
            { id: n.id, text: n.text, group: n.group, author: n.author, createdAt: n.createdAt },
          ]),
        ].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      };
      const gone = new Set(sources.map((n) => n.id));
      return {
        ...session,
        notes: session.notes.flatMap((n) => (gone.has(n.id) ? [] : n === target ? [merged] : [n])),
      };
    },
  },

  'note.remove': {
    input: z.object({ ids: noteIds }),
    apply: (session, op) => {
      const ids = new Set(op.ids);
      const notes = session.notes.filter((n) => !ids.has(n.id));
      return notes.length === session.notes.length ? session : { ...session, notes };
    },
  },

  /**
   * Adds (or takes back, when negative) dots on a note. `voter` is who gives them: a group's
   * name or a participant's id, held to the board's budget; null for dots counted on the wall.
   */
  'note.vote': {
    input: z.object({
      id: idSchema,
      delta: z.number().int().min(-100).max(100),
      voter: z.string().min(1).max(200).nullable(),
    }),
    apply: (session, op) => {
      const note = session.notes.find((n) => n.id === op.id);
      const board = note && session.boards.find((b) => b.id === note.boardId);
      if (!note || !board || op.delta === 0) return session;
      const given = op.voter === null ? 0 : (note.votesBy[op.voter] ?? 0);
      const known = Object.values(note.votesBy).reduce((sum, dots) => sum + dots, 0);
      let delta: number;
      if (op.voter === null) {
        // Only dots nobody claimed can be taken back without saying whose they are.
        delta = Math.max(op.delta, known - note.votes);
      } else if (op.delta > 0) {
        const budget = board.voting?.dots ?? Number.POSITIVE_INFINITY;
        const used = dotsGivenBy(session.notes, board.id, op.voter);
        delta = Math.min(op.delta, budget - used);
      } else {
        delta = Math.max(op.delta, -given);
      }
      if (delta === 0 || (op.delta > 0 && delta < 0)) return session;
      const voter = op.voter;
      const votesBy =
        voter === null
          ? note.votesBy
          : Object.fromEntries([
              ...Object.entries(note.votesBy).filter(([key]) => key !== voter),
              ...(given + delta > 0 ? [[voter, given + delta] as const] : []),
            ]);
      return withNotes(
        session,
        updateById(session.notes, note.id, (n) => ({ ...n, votes: n.votes + delta, votesBy })),
      );
    },
  },
});

function hasColumn(board: Board, columnId: string | null): boolean {
  return columnId === null || board.columns.some((c) => c.id === columnId);
}

function changeBoard(session: Session, id: string, change: (board: Board) => Board): Session {
  return withBoards(session, updateById(session.boards, id, change));
}

function withBoards(session: Session, boards: Board[]): Session {
  return boards === session.boards || boards.every((b, i) => b === session.boards[i])
    ? session
    : { ...session, boards };
}

function withNotes(session: Session, notes: Note[]): Session {
  return notes === session.notes ? session : { ...session, notes };
}

/** Maps the items, keeping the same array when none changes (undo diffs by identity). */
function mapChanged<T>(items: T[], map: (item: T) => T): T[] {
  let changed = false;
  const next = items.map((item) => {
    const mapped = map(item);
    if (mapped !== item) changed = true;
    return mapped;
  });
  return changed ? next : items;
}

/** How many of the notes before `note` are being moved. */
function countBefore(notes: readonly Note[], note: Note, moving: ReadonlySet<string>): number {
  let count = 0;
  for (const n of notes) {
    if (n === note) break;
    if (moving.has(n.id)) count++;
  }
  return count;
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}
