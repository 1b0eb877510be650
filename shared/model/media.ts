import { z } from 'zod';
import { idSchema } from './ids';
import { instantSchema } from './time';

/** A file name inside the session's `media/` folder: no folder part, no traversal. */
export const mediaFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/, 'nom de fichier de média invalide');

export const mediaSchema = z.looseObject({
  id: idSchema,
  sequenceId: idSchema.nullable().default(null),
  boardId: idSchema.nullable().default(null),
  /** The original, kept as imported. */
  file: mediaFileNameSchema,
  /** A resized copy for display and export. */
  displayFile: mediaFileNameSchema.nullable().default(null),
  mime: z.string().max(100),
  caption: z.string().max(2000).default(''),
  rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]).default(0),
  width: z.number().int().min(0).default(0),
  height: z.number().int().min(0).default(0),
  createdAt: instantSchema,
});
export type Media = z.infer<typeof mediaSchema>;
