/**
 * Session archives: one `.atelier` file (a zip of `session.json` and `media/`) to hand a session
 * to a co-facilitator on a USB key or by e-mail. Export goes through the export plumbing (save
 * dialog in Electron, download in the browser build); import takes the file's bytes — never a
 * path — and always adds a new session to the library, never overwriting one.
 */
import { z } from 'zod';
import { base64Length } from '../util/base64';
import { idSchema } from '../model/ids';
import { exportResultSchema } from './exports';

export const ARCHIVE_EXTENSION = 'atelier';
export const ARCHIVE_MIME_TYPE = 'application/x-atelier';

const MiB = 1024 * 1024;

/** What an archive may hold. Anything beyond is refused before a byte reaches the library. */
export const archiveLimits = {
  /** The file itself: sent whole through IPC or HTTP, as base64 text. */
  maxArchiveBytes: 256 * MiB,
  maxEntries: 10_000,
  /** Declared and actual sizes once inflated, all entries together (zip bombs). */
  maxUncompressedBytes: 2 * 1024 * MiB,
  maxSessionJsonBytes: 64 * MiB,
} as const;
export type ArchiveLimits = { [K in keyof typeof archiveLimits]: number };

export const importedArchiveSchema = z.object({
  id: idSchema,
  title: z.string(),
  /** The library already had a session with this id: the archive came in as a new copy. */
  asCopy: z.boolean(),
});
export type ImportedArchive = z.infer<typeof importedArchiveSchema>;

export const archiveCalls = {
  'archive.export': { input: z.object({ id: idSchema }), output: exportResultSchema },
  'archive.import': {
    input: z.object({
      fileName: z.string().max(300),
      data: z
        .string()
        .max(base64Length(archiveLimits.maxArchiveBytes))
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 attendu'),
    }),
    output: importedArchiveSchema,
    /** The HTTP host reads request bodies up to this size for this call (default 20 Mo). */
    maxInputBytes: base64Length(archiveLimits.maxArchiveBytes) + 64 * 1024,
  },
} as const;

export const archiveEvents = {
  /** Electron: the system opened a `.atelier` file with Atelier, and it was imported. */
  'archive.opened': importedArchiveSchema,
} as const;
