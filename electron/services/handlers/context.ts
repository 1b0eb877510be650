/** What handler groups share: the services, and the ways to find and read a session. */
import type { Session } from '../../../shared/model/session';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/migrations/version';
import { fail, ok, type Result } from '../../../shared/result';
import { Library } from '../library/library';
import { LogoStore } from '../logo';
import { readSessionFile } from '../sessionStore/sessionFile';
import type { Services } from './types';

export type HandlerContext = Services & {
  /** The organiser's logo, beside the settings. */
  logo: LogoStore;
  now: () => string;
  currentLibrary: () => Promise<Library>;
  /** The folder of a session: from the open sessions, else from the library. */
  folderOf: (id: string) => Promise<string | null>;
  /** The latest state: from memory when open (saved first), else from the file. */
  currentState: (id: string, folder: string) => Promise<Result<Session>>;
  /** Runs `change` on a session, opening it for the time of the change if nobody has it open. */
  withSession: <T>(id: string, change: () => Result<T>) => Promise<Result<T>>;
  /** After the last user closed a session: the folder follows its title, the library refreshes. */
  afterClose: (id: string, folder: string) => Promise<void>;
};

export function handlerContext(services: Services): HandlerContext {
  const { clock, settings, store, events } = services;
  let library: Library | null = null;

  const currentLibrary = async () => {
    const { libraryPath } = await settings.get();
    if (library?.root !== libraryPath) library = new Library(libraryPath, clock);
    return library;
  };

  const folderOf = async (id: string) =>
    store.folderOf(id) ?? (await currentLibrary()).folderOf(id);

  const afterClose = async (id: string, folder: string) => {
    if (store.isOpen(id)) return;
    const lib = await currentLibrary();
    const summary = (await lib.list()).find((s) => s.id === id);
    if (summary?.status === 'ok') await lib.renameFolderFor(folder, summary);
    events.emit('library.changed', {});
  };

  return {
    ...services,
    logo: new LogoStore(services.paths.config),
    now: () => new Date(clock.now()).toISOString(),
    currentLibrary,
    folderOf,
    afterClose,
    async currentState(id, folder) {
      if (store.isOpen(id)) {
        await store.flush(id);
        const open = store.get(id);
        if (!open.ok) return open;
        // Shown read-only, a file from a newer Atelier is never copied into an older format.
        return open.value.session.schemaVersion === CURRENT_SCHEMA_VERSION
          ? ok(open.value.session)
          : fail('session.newerSchema');
      }
      const read = await readSessionFile(folder);
      if (read.kind === 'missing') return fail('session.notFound');
      return read.parsed.kind === 'ok' ? ok(read.parsed.session) : fail('session.invalid');
    },
    async withSession(id, change) {
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
    },
  };
}
