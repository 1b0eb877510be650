/**
 * The implementation of `shared/contract.ts`, shared by both transports: Electron's IPC
 * (electron/main/ipc.ts) and the browser build's HTTP host (electron/host). Transports only
 * call `callHandler`, which validates the input before any handler runs.
 */
import type { z } from 'zod';
import { contract, isCallName, type CallName, type CallOutput, type Contract } from '../../shared/contract';
import { newId } from '../../shared/model/ids';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/migrations/version';
import { describeIssues } from '../../shared/model/parseSession';
import type { Session } from '../../shared/model/session';
import { instantiateTemplate } from '../../shared/model/template';
import { fail, ok, type Result } from '../../shared/result';
import { applyOperation } from '../../shared/session/applyOperation';
import { findUnsafeKey } from '../../shared/util/untrustedInput';
import type { Clock } from './clock';
import type { EventBus } from './events';
import { Library } from './library/library';
import { readSessionFile } from './sessionStore/sessionFile';
import type { SessionStore } from './sessionStore/sessionStore';
import type { SettingsStore } from './settings';
import { findTemplate, templates } from './templates';

export type CallContext = { clientId: string };

export type Handlers = {
  [K in CallName]: (input: z.infer<Contract[K]['input']>, context: CallContext) => Promise<Result<CallOutput<K>>>;
};

/** What differs between the desktop app and the browser build. */
export type Platform = {
  shell: 'electron' | 'browser';
  version: string;
  /** A native folder picker; absent in the browser build. */
  chooseFolder?: () => Promise<string | null>;
};

export type Services = {
  clock: Clock;
  settings: SettingsStore;
  store: SessionStore;
  events: EventBus;
  platform: Platform;
  log?: (message: string, error?: unknown) => void;
};

export function createHandlers(services: Services): Handlers {
  const { clock, settings, store, events, platform } = services;
  let library: Library | null = null;
  const now = () => new Date(clock.now()).toISOString();

  async function currentLibrary(): Promise<Library> {
    const { libraryPath } = await settings.get();
    if (library?.root !== libraryPath) library = new Library(libraryPath, clock);
    return library;
  }

  async function folderOf(id: string): Promise<string | null> {
    return store.folderOf(id) ?? (await currentLibrary()).folderOf(id);
  }

  /** Runs `change` on a session, opening it for the time of the change if nobody has it open. */
  async function withSession<T>(id: string, change: () => Result<T>): Promise<Result<T>> {
    if (store.isOpen(id)) return change();
    const folder = await folderOf(id);
    if (!folder) return fail('session.notFound');
    const opened = await store.openFolder(folder);
    if (!opened.ok) return opened;
    const result = change();
    const closed = await store.close(id);
    if (!closed.ok) return closed;
    await afterClose(id, folder);
    return result;
  }

  /** The latest state: from memory when open (saved first), else from the file. */
  async function currentState(id: string, folder: string): Promise<Result<Session>> {
    if (store.isOpen(id)) {
      await store.flush(id);
      const open = store.get(id);
      if (!open.ok) return open;
      // Shown read-only, a file from a newer Atelier is never copied into an older format.
      return open.value.session.schemaVersion === CURRENT_SCHEMA_VERSION ? ok(open.value.session) : fail('session.newerSchema');
    }
    const read = await readSessionFile(folder);
    if (read.kind === 'missing') return fail('session.notFound');
    return read.parsed.kind === 'ok' ? ok(read.parsed.session) : fail('session.invalid');
  }

  async function afterClose(id: string, folder: string): Promise<void> {
    if (store.isOpen(id)) return;
    const summary = (await (await currentLibrary()).list()).find((s) => s.id === id);
    if (summary?.status === 'ok') await (await currentLibrary()).renameFolderFor(folder, summary);
    events.emit('library.changed', {});
  }

  return {
    'app.info': async () => ok({ version: platform.version, platform: process.platform, shell: platform.shell }),

    'settings.get': async () => ok(await settings.get()),

    'settings.update': async (input) => ok(await settings.update(input)),

    'settings.chooseLibraryFolder': async () => {
      if (!platform.chooseFolder) return fail('platform.unsupported');
      const chosen = await platform.chooseFolder();
      if (!chosen) return ok(await settings.get());
      const candidate = new Library(chosen, clock);
      const usable = await candidate.ensureRoot();
      if (!usable.ok) return usable;
      await store.closeAll();
      const updated = await settings.update({ libraryPath: chosen, lastSessionId: null });
      events.emit('library.changed', {});
      return ok(updated);
    },

    'templates.list': async () =>
      ok(
        templates.map((t) => ({ id: t.id, title: t.title, description: t.description, sequenceCount: t.agenda.length })),
      ),

    'library.list': async () => ok(await (await currentLibrary()).list()),

    'library.create': async (input) => {
      const template = input.templateId === null ? null : findTemplate(input.templateId);
      if (input.templateId !== null && !template) return fail('template.notFound');
      const session = instantiateTemplate(template, {
        id: newId(),
        now: now(),
        newId: () => newId(),
        ...(input.header ? { header: input.header } : {}),
      });
      const added = await (await currentLibrary()).add(session);
      if (!added.ok) return added;
      events.emit('library.changed', {});
      return ok({ id: session.id });
    },

    'library.rename': async (input) =>
      withSession(input.id, () => {
        const applied = store.apply(input.id, { type: 'session.update', fields: { title: input.title }, at: now() });
        return applied.ok ? ok({}) : applied;
      }),

    'library.duplicate': async (input) => {
      const folder = await folderOf(input.id);
      if (!folder) return fail('session.notFound');
      const original = await currentState(input.id, folder);
      if (!original.ok) return original;
      const at = now();
      const source = original.value;
      const copy = applyOperation(
        { ...source, id: newId(), createdAt: at, run: { ...source.run, currentSequenceId: null, timer: null } },
        { type: 'session.update', fields: { title: `${source.title} (copie)`.trim() }, at },
      );
      const added = await (await currentLibrary()).add(copy, { from: folder });
      if (!added.ok) return added;
      events.emit('library.changed', {});
      return ok({ id: copy.id, title: copy.title });
    },

    'library.trash': async (input) => {
      const closed = await store.closeForEveryone(input.id);
      if (!closed.ok) return closed;
      const trashed = await (await currentLibrary()).trash(input.id);
      if (trashed.ok) events.emit('library.changed', {});
      return trashed;
    },

    'library.untrash': async (input) => {
      const lib = await currentLibrary();
      const restored = await lib.untrash(input.trashId);
      if (!restored.ok) return restored;
      const summary = (await lib.list()).find((s) => restored.value.folder.endsWith(s.folder));
      events.emit('library.changed', {});
      return summary ? ok({ id: summary.id }) : fail('session.notFound');
    },

    'session.open': async (input) => {
      const folder = await folderOf(input.id);
      if (!folder) return fail('session.notFound');
      const opened = await store.openFolder(folder, input.readOnly ? { readOnly: true } : {});
      if (opened.ok && !opened.value.readOnly) await settings.update({ lastSessionId: input.id });
      return opened;
    },

    'session.get': async (input) => store.get(input.id),

    'session.apply': async (input) => {
      const applied = store.apply(input.id, input.op);
      if (!applied.ok) return applied;
      events.emit('session.changed', {
        id: input.id,
        revision: applied.value.revision,
        op: input.op,
        origin: input.clientId,
      });
      return ok({ revision: applied.value.revision });
    },

    'session.close': async (input) => {
      const folder = store.folderOf(input.id);
      const closed = await store.close(input.id);
      if (!closed.ok) return closed;
      if (folder) await afterClose(input.id, folder);
      return ok({});
    },

    'session.listBackups': async (input) => {
      const folder = await folderOf(input.id);
      if (!folder) return fail('session.notFound');
      return ok(await store.listBackups(folder));
    },

    'session.restoreBackup': async (input) => {
      const folder = await folderOf(input.id);
      if (!folder) return fail('session.notFound');
      const restored = await store.restoreBackup(folder, input.backupId);
      if (!restored.ok) return restored;
      events.emit('library.changed', {});
      return restored;
    },
  };
}

/**
 * The one entry point of both transports: unknown name and input in, a Result out.
 * Never throws: a bug in a handler is logged and answered with `internal`.
 */
export async function callHandler(
  handlers: Handlers,
  name: unknown,
  input: unknown,
  context: CallContext,
  log?: (message: string, error?: unknown) => void,
): Promise<Result<unknown>> {
  if (!isCallName(name)) return fail('call.unknown');
  const unsafe = findUnsafeKey(input);
  if (unsafe) return fail('input.invalid', { issues: [`clé refusée : ${unsafe}`] });
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) return fail('input.invalid', { issues: describeIssues(parsed.error, 5) });
  try {
    const handler = handlers[name] as (input: unknown, context: CallContext) => Promise<Result<unknown>>;
    return await handler(parsed.data, context);
  } catch (error) {
    log?.(`handler ${name} failed`, error);
    return fail('internal');
  }
}
