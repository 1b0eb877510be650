/**
 * Photos of flipcharts. The files are written first, by the `media.import` call (the Node side
 * checks and stores them in the session's `media/` folder); these operations only record them.
 * Removing a photo keeps its files, so that undo can bring it back.
 */
import { z } from 'zod';
import { idSchema } from '../model/ids';
import { mediaFileNameSchema, mediaSchema, type Media } from '../model/media';
import { defineOps, updateById } from './defineOps';

const rotation = mediaSchema.shape.rotation.unwrap();
const dimension = z.number().int().min(0).max(100_000);

export const mediaOps = defineOps({
  'media.add': {
    input: z.object({
      media: z.object({
        id: idSchema,
        sequenceId: idSchema.nullable(),
        boardId: idSchema.nullable(),
        file: mediaFileNameSchema,
        displayFile: mediaFileNameSchema.nullable(),
        mime: z.string().max(100),
        caption: z.string().max(2000),
        rotation,
        width: dimension,
        height: dimension,
      }),
    }),
    apply: (session, op) => {
      if (session.media.some((m) => m.id === op.media.id)) return session;
      const media: Media = { ...op.media, createdAt: op.at };
      return { ...session, media: [...session.media, media] };
    },
  },

  /**
   * A caption typed, or a turn: a rotated photo gets its own display copy (already turned, so
   * documents and screens show `displayFile` as it is), with its new width and height.
   */
  'media.update': {
    input: z.object({
      id: idSchema,
      fields: z
        .object({
          caption: z.string().max(2000),
          rotation,
          displayFile: mediaFileNameSchema.nullable(),
          width: dimension,
          height: dimension,
          sequenceId: idSchema.nullable(),
          boardId: idSchema.nullable(),
        })
        .partial(),
    }),
    apply: (session, op) => {
      const media = updateById(session.media, op.id, (m) => ({ ...m, ...op.fields }));
      return media === session.media ? session : { ...session, media };
    },
    coalesceKey: (op) => `${op.id}:${Object.keys(op.fields).sort().join(',')}`,
  },

  'media.remove': {
    input: z.object({ id: idSchema }),
    apply: (session, op) => {
      const media = session.media.filter((m) => m.id !== op.id);
      return media.length === session.media.length ? session : { ...session, media };
    },
  },
});
