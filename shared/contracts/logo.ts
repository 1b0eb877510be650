/**
 * The organiser's logo, on the cover of the minutes. It belongs to this installation (Settings),
 * not to a session, and is kept beside the settings. As with photos, the window sends the bytes
 * and never names a file; the Node side checks what they are.
 */
import { z } from 'zod';
import { base64Length } from '../util/base64';

/** A logo is a small picture; larger files are refused with `logo.tooLarge`. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

const logoSchema = z.object({ mime: z.enum(['image/png', 'image/jpeg']), data: z.base64() });

export const logoCalls = {
  /** Replaces the logo with a PNG or JPEG image. */
  'settings.setLogo': {
    // A little more than the limit passes the schema, so that the answer can say the size.
    input: z.object({ image: z.base64().max(base64Length(2 * LOGO_MAX_BYTES)) }),
    output: z.object({}),
  },
  /** The logo, to show it in Settings; null when none is set. */
  'settings.readLogo': { input: z.object({}), output: logoSchema.nullable() },
  'settings.clearLogo': { input: z.object({}), output: z.object({}) },
} as const;
