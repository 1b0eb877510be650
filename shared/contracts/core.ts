/** The calls and events of the library and of opening, changing and closing a session. */
import { z } from 'zod';
import { idSchema } from '../model/ids';
import { sessionHeaderSchema, sessionSchema, type Session } from '../model/session';
import { isoDateSchema } from '../model/time';
import { operationSchema } from '../session/operations';
import { locales } from '../i18n/t';

export const empty = z.object({});

export const settingsSchema = z.object({
  locale: z.enum(locales),
  libraryPath: z.string(),
  /** Reopened at launch. */
  lastSessionId: idSchema.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const sessionSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  date: isoDateSchema.nullable(),
  place: z.string(),
  participantCount: z.number().int(),
  modifiedAt: z.string(),
  /** The folder's name inside the library, to show where it is. */
  folder: z.string(),
  /** `damaged`: session.json cannot be read as it is; `newer`: written by a newer Atelier. */
  status: z.enum(['ok', 'damaged', 'newer']),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const templateSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  sequenceCount: z.number().int(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/**
 * A session as sent to a window. A file from a newer Atelier may be shown read-only, so any
 * schema version is let through here; only `schemaVersion` tells them apart.
 */
const sentSessionSchema = sessionSchema
  .extend({ schemaVersion: z.number().int().min(1) })
  .transform((session) => session as unknown as Session);

export const openedSessionSchema = z.object({
  session: sentSessionSchema,
  readOnly: z.boolean(),
  /** Counts the operations applied since the session was opened by this process. */
  revision: z.number().int(),
});
export type OpenedSession = z.infer<typeof openedSessionSchema>;

export const backupSchema = z.object({ id: z.string(), savedAt: z.string() });

export const coreCalls = {
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      platform: z.string(),
      shell: z.enum(['electron', 'browser']),
    }),
  },
  'settings.get': { input: empty, output: settingsSchema },
  'settings.update': { input: z.object({ locale: z.enum(locales) }), output: settingsSchema },
  /** Electron: a folder dialog; the browser build takes its folder from the command line. */
  'settings.chooseLibraryFolder': { input: empty, output: settingsSchema },
  'templates.list': { input: empty, output: z.array(templateSummarySchema) },
  'library.list': { input: empty, output: z.array(sessionSummarySchema) },
  'library.create': {
    input: z.object({
      templateId: z.string().max(100).nullable(),
      header: sessionHeaderSchema.pick({ title: true, date: true }).partial().optional(),
    }),
    output: z.object({ id: idSchema }),
  },
  'library.rename': {
    input: z.object({ id: idSchema, title: z.string().max(300) }),
    output: empty,
  },
  'library.duplicate': {
    input: z.object({ id: idSchema }),
    output: z.object({ id: idSchema, title: z.string() }),
  },
  /** Moves the session's folder to the library's trash; `library.untrash` brings it back. */
  'library.trash': {
    input: z.object({ id: idSchema }),
    output: z.object({ trashId: z.string(), title: z.string() }),
  },
  'library.untrash': {
    input: z.object({ trashId: z.string().max(300) }),
    output: z.object({ id: idSchema }),
  },
  'session.open': {
    input: z.object({ id: idSchema, readOnly: z.boolean().optional() }),
    output: openedSessionSchema,
  },
  /** The state of a session another window already opened (the projector). */
  'session.get': { input: z.object({ id: idSchema }), output: openedSessionSchema },
  'session.apply': {
    input: z.object({ id: idSchema, clientId: z.string().max(64), op: operationSchema }),
    output: z.object({ revision: z.number().int() }),
  },
  'session.close': { input: z.object({ id: idSchema }), output: empty },
  'session.listBackups': { input: z.object({ id: idSchema }), output: z.array(backupSchema) },
  /** Puts a backup back in place (the damaged file is kept aside) and opens the session. */
  'session.restoreBackup': {
    input: z.object({ id: idSchema, backupId: z.string().max(200) }),
    /** `keptAs`: the name under which the damaged file is kept beside the session. */
    output: openedSessionSchema.extend({ keptAs: z.string().nullable() }),
  },
} as const;

export const coreEvents = {
  'session.changed': z.object({
    id: idSchema,
    revision: z.number().int(),
    op: operationSchema,
    /** The client that sent the operation; it has already applied it. */
    origin: z.string(),
  }),
  /** A save finished; on failure the change is kept in memory and retried. */
  'session.saved': z.object({ id: idSchema, ok: z.boolean(), reason: z.string().optional() }),
  'library.changed': empty,
} as const;
