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
  /** Dot voting: how many dots each voter (person or group) has; null when the board has no vote. */
  voting: z
    .looseObject({ dots: z.number().int().min(1).max(100), per: z.enum(['person', 'group']) })
    .nullable()
    .default(null),
  createdAt: instantSchema,
});
export type Board = z.infer<typeof boardSchema>;

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
  votes: z.number().int().min(0).default(0),
  createdAt: instantSchema,
});
export type Note = z.infer<typeof noteSchema>;
