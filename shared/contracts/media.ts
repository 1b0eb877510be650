/**
 * Photos of flipcharts. The window never names a file: it sends the bytes (base64 in JSON, so
 * both transports carry them), and the Node side checks what they are, stores them inside the
 * session's `media/` folder under names it makes, and reads them back by the photo's id.
 *
 * The window makes the display copy (decoded and resized with createImageBitmap and a canvas:
 * the same in Electron and in a browser, and no native image library to ship), so an original
 * the window cannot decode is refused before anything is sent.
 */
import { z } from 'zod';
import { base64Length } from '../util/base64';
import { idSchema } from '../model/ids';
import { mediaFileNameSchema, mediaSchema } from '../model/media';

/** Larger originals are refused with `media.tooLarge`. */
export const MEDIA_MAX_BYTES = 25 * 1024 * 1024;
/** The display copy is at most `DISPLAY_MAX_SIDE` pixels wide or high: a few hundred kB. */
export const MEDIA_DISPLAY_MAX_BYTES = 8 * 1024 * 1024;
export const DISPLAY_MAX_SIDE = 1600;

const bytesOf = (maxBytes: number) => z.base64().max(base64Length(maxBytes));
const rotation = mediaSchema.shape.rotation.unwrap();

export const mediaCalls = {
  /**
   * Stores a new photo: the original as imported and its display copy (JPEG or PNG).
   * The operation `media.add` then records it in the session.
   */
  'media.import': {
    input: z.object({
      id: idSchema,
      mediaId: idSchema,
      original: bytesOf(MEDIA_MAX_BYTES),
      display: bytesOf(MEDIA_DISPLAY_MAX_BYTES),
    }),
    // A 25 MB photo is 33 MB of base64, with its display copy beside it.
    maxInputBytes:
      base64Length(MEDIA_MAX_BYTES) + base64Length(MEDIA_DISPLAY_MAX_BYTES) + 64 * 1024,
    output: z.object({
      file: mediaFileNameSchema,
      displayFile: mediaFileNameSchema,
      mime: z.string(),
      bytes: z.number().int(),
    }),
  },
  /**
   * Stores the display copy of a photo turned by `rotation` degrees; a copy already stored for
   * that turn is kept (it is as good or better). `media.update` then points the photo at it.
   */
  'media.storeDisplay': {
    input: z.object({
      id: idSchema,
      mediaId: idSchema,
      rotation,
      display: bytesOf(MEDIA_DISPLAY_MAX_BYTES),
    }),
    output: z.object({ displayFile: mediaFileNameSchema }),
  },
  /** The display copy of a photo of the session (the original when it is displayable itself). */
  'media.read': {
    input: z.object({ id: idSchema, mediaId: idSchema }),
    output: z.object({ mime: z.string(), data: z.base64() }),
  },
} as const;
