import { z } from 'zod';
import { idSchema } from './ids';
import { instantSchema } from './time';

/** A column (fixed headings such as the 5 components of collective impact) or a free cluster. */
export const boardColumnSchema = z.looseObject({
  id: idSchema,
  title: z.string().max(300),
  color: z.string().max(32).default(''),
});
export type BoardColumn = z.infer<typeof boardColumnSchema>;

export const boardSchema = z.looseObject({
  id: idSchema,
  sequenceId: idSchema.nullable().default(null),
  title: z.string().max(300),
  prompt: z.string().max(5000).default(''),
  mode: z.enum(['clusters', 'columns', 'keywords']).default('clusters'),
  columns: z.array(boardColumnSchema).default([]),
  /**
   * The groups or tables that produce notes, in the order the capture shortcut cycles them
   * ("Table 1", "Table 2" …): taken from the sequence's grouping or typed by the facilitator.
   */
  groups: z.array(z.string().min(1).max(200)).max(200).default([]),
  /** Dot voting: how many dots each voter (person or group) has; null when the board has no vote. */
  voting: z
    .looseObject({ dots: z.number().int().min(1).max(100), per: z.enum(['person', 'group']) })
    .nullable()
    .default(null),
  createdAt: instantSchema,
});
export type Board = z.infer<typeof boardSchema>;

/** What an operation carries to make a board or a column (no defaults: see defineOps.ts). */
export const columnInput = z.object({
  id: idSchema,
  title: boardColumnSchema.shape.title,
  color: z.string().max(32),
});

export const boardFields = {
  sequenceId: idSchema.nullable(),
  title: boardSchema.shape.title,
  prompt: z.string().max(5000),
  mode: z.enum(['clusters', 'columns', 'keywords']),
  groups: z.array(z.string().min(1).max(200)).max(200),
  voting: z
    .object({ dots: z.number().int().min(1).max(100), per: z.enum(['person', 'group']) })
    .nullable(),
};

/** A whole new board as `board.add` and `method.insert` carry it. */
export const boardDraftSchema = z.object({
  id: idSchema,
  ...boardFields,
  columns: z.array(columnInput).max(100),
});
export type BoardDraft = z.infer<typeof boardDraftSchema>;

/** A duplicate folded into another note (see `note.merge`). */
export const mergedNoteSchema = z.looseObject({
  id: idSchema,
  text: z.string().max(10000),
  group: z.string().max(200).nullable().default(null),
  author: z.string().max(200).nullable().default(null),
  createdAt: instantSchema,
});
export type MergedNote = z.infer<typeof mergedNoteSchema>;

export const noteSchema = z.looseObject({
  id: idSchema,
  boardId: idSchema,
  text: z.string().max(10000),
  color: z.string().max(32).default(''),
  /** The group or table that produced it ("Table 3"). */
  group: z.string().max(200).nullable().default(null),
  author: z.string().max(200).nullable().default(null),
  /** Column or cluster; null while unsorted. */
  columnId: idSchema.nullable().default(null),
  /** Every dot on this note: the counted ones plus those in `votesBy`. Ranking reads this. */
  votes: z.number().int().min(0).default(0),
  /**
   * Dots given by a known voter (a group's name, or a participant's id when each person votes),
   * so that nobody gives more than the board's `voting.dots`. Dots counted on the wall without
   * saying who gave them are `votes` minus the sum of these.
   */
  votesBy: z.record(z.string().max(200), z.number().int().min(1)).default({}),
  /**
   * Notes merged into this one as duplicates, oldest first: what they said and who wrote it,
   * so that merging loses nothing (the minutes can say « proposé par 3 tables »).
   */
  merged: z.array(mergedNoteSchema).default([]),
  createdAt: instantSchema,
});
export type Note = z.infer<typeof noteSchema>;
