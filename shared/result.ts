/**
 * Expected failures cross every boundary (IPC, HTTP, CLI) as values, never as exceptions:
 * a thrown error keeps only its message through `ipcRenderer.invoke`. Only bugs throw.
 */
import { z } from 'zod';

export const errorCodes = [
  'input.invalid',
  'call.unknown',
  'internal',
  'library.notFound',
  'library.folderUnusable',
  'library.trashNotFound',
  'session.notFound',
  'session.notJson',
  'session.truncated',
  'session.invalid',
  'session.newerSchema',
  'session.locked',
  'session.readOnly',
  'session.notOpen',
  'session.noBackup',
  'session.writeFailed',
  'template.notFound',
  'platform.unsupported',
  'projector.blocked',
  'export.writeFailed',
  'import.tooLarge',
  'import.empty',
  'import.notATable',
  'import.oldExcelFormat',
  'import.unreadableEncoding',
  'import.unclosedQuote',
  'import.headerOnly',
  'import.fileUnreadable',
  'archive.tooLarge',
  'archive.notAnArchive',
  'archive.unsafeEntry',
  'archive.tooManyEntries',
  'archive.tooBigUncompressed',
  'archive.damaged',
  'archive.missingSession',
  'archive.invalidSession',
  'archive.newerSchema',
  'media.tooLarge',
  'media.notAnImage',
  'media.heicUnsupported',
  'media.undecodable',
  'media.notFound',
  'media.writeFailed',
  'logo.notAnImage',
  'logo.tooLarge',
  'grouping.noPeople',
  'grouping.badSize',
  'grouping.overCapacity',
  'grouping.tooManyHosts',
  'grouping.unknownPerson',
  'grouping.noSuchGroup',
  'grouping.fixedApart',
  'grouping.togetherAndApart',
  'grouping.blockTooBig',
  'grouping.groupOverfull',
  'grouping.allLocked',
  'grouping.notFound',
  'method.notFound',
  'method.builtin',
  'method.damaged',
  'method.writeFailed',
  'cycle.notFound',
  'cycle.damaged',
  'cycle.writeFailed',
  'cycle.allPrepared',
  'cycle.slotPrepared',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  details: z.record(z.string(), z.unknown()).optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, details?: Record<string, unknown>): Result<never> => ({
  ok: false,
  error: details === undefined ? { code } : { code, details },
});

/** Thrown inside services to abort with an expected failure; turned into a value at the edge. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppFailure';
  }
}

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}
