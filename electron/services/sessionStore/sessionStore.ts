/**
 * The open sessions of this process and their life on disk.
 *
 * - Opening never writes over a file it cannot read: a damaged, truncated or newer file is
 *   reported with the newest valid backup, and left as it is.
 * - A session open for writing holds the folder's lock; others can only read it.
 * - Changes are saved after a pause of `debounceMs` (and at least every `maxWaitMs` while they
 *   keep coming), durably and atomically; `flush`, `close` and `closeAll` save at once.
 * - Backups: one when opened, then at most one every five minutes while it changes.
 */
import path from 'node:path';
import type { Low } from 'lowdb';
import type { Session } from '../../../shared/model/session';
import { fail, ok, type Result } from '../../../shared/result';
import { applyOperation } from '../../../shared/session/applyOperation';
import type { Operation } from '../../../shared/session/operations';
import type { Clock } from '../clock';
import { removeStaleTempFiles, writeFileAtomic } from '../fs/atomicWrite';
import {
  BACKUP_INTERVAL_MS,
  listBackups,
  newestValidBackup,
  readBackup,
  writeBackup,
} from './backups';
import { acquireLock, releaseLock } from './fileLock';
import { readSessionFile, serializeSession, sessionDb, SESSION_FILE } from './sessionFile';

export type SaveStatus =
  { id: string; ok: true; revision: number } | { id: string; ok: false; reason: string };

export type SessionStoreOptions = {
  clock: Clock;
  /** Identifies this process in lock files. */
  instanceId: string;
  appName?: string;
  debounceMs?: number;
  maxWaitMs?: number;
  backupIntervalMs?: number;
  onSaveStatus?: (status: SaveStatus) => void;
};

type OpenSession = {
  id: string;
  folder: string;
  db: Low<Session>;
  readOnly: boolean;
  revision: number;
  users: number;
  savedRevision: number;
  firstUnsavedAt: number | null;
  timer: ReturnType<typeof setTimeout> | null;
  saving: Promise<void>;
  lastBackupAt: number;
  lastBackupText: string | null;
};

export type Opened = { session: Session; readOnly: boolean; revision: number };

export class SessionStore {
  private readonly open = new Map<string, OpenSession>();
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly backupIntervalMs: number;

  constructor(private readonly options: SessionStoreOptions) {
    this.debounceMs = options.debounceMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 2000;
    this.backupIntervalMs = options.backupIntervalMs ?? BACKUP_INTERVAL_MS;
  }

  isOpen(id: string): boolean {
    return this.open.has(id);
  }

  folderOf(id: string): string | null {
    return this.open.get(id)?.folder ?? null;
  }

  /** Opens the session in `folder` (or joins it when this process has it open already). */
  async openFolder(folder: string, request: { readOnly?: boolean } = {}): Promise<Result<Opened>> {
    const read = await readSessionFile(folder);
    if (read.kind === 'missing') return fail('session.notFound');
    const { parsed, text } = read;
    const already = [...this.open.values()].find((entry) => entry.folder === folder);
    if (already) {
      already.users++;
      return ok(this.view(already));
    }
    if (parsed.kind !== 'ok') {
      const backup = await newestValidBackup(folder);
      const readable = parsed.kind === 'newer' ? parsed.session : null;
      if (request.readOnly && readable) {
        return ok(this.view(this.register(folder, readable, true)));
      }
      const code = {
        truncated: 'session.truncated',
        notJson: 'session.notJson',
        invalid: 'session.invalid',
        newer: 'session.newerSchema',
      } as const;
      return fail(code[parsed.kind], {
        readOnlyAvailable: readable !== null,
        ...(backup ? { backupId: backup.id, backupSavedAt: backup.savedAt } : {}),
        ...(parsed.kind === 'invalid' ? { issues: parsed.issues } : {}),
        ...(parsed.kind === 'newer' ? { version: parsed.version } : {}),
      });
    }
    if (request.readOnly) return ok(this.view(this.register(folder, parsed.session, true)));
    const lock = await acquireLock(folder, {
      instanceId: this.options.instanceId,
      since: new Date(this.options.clock.now()).toISOString(),
      app: this.options.appName ?? 'Atelier',
    });
    if (!lock.ok) {
      return fail('session.locked', {
        readOnlyAvailable: true,
        owner: lock.owner ? `${lock.owner.app}, ${lock.owner.host}` : '?',
      });
    }
    await removeStaleTempFiles(folder);
    const entry = this.register(folder, parsed.session, false);
    await this.backup(entry, text);
    // A migrated file is rewritten in the new version; the original stays in the backup above.
    if (parsed.migratedFrom !== null) this.scheduleSave(entry, true);
    return ok(this.view(entry));
  }

  get(id: string): Result<Opened> {
    const entry = this.open.get(id);
    return entry ? ok(this.view(entry)) : fail('session.notOpen');
  }

  apply(id: string, op: Operation): Result<{ revision: number; session: Session }> {
    const entry = this.open.get(id);
    if (!entry) return fail('session.notOpen');
    if (entry.readOnly) return fail('session.readOnly');
    entry.db.data = applyOperation(entry.db.data, op);
    entry.revision++;
    this.scheduleSave(entry, false);
    return ok({ revision: entry.revision, session: entry.db.data });
  }

  /** Saves now what is not saved yet. */
  async flush(id: string): Promise<Result<void>> {
    const entry = this.open.get(id);
    if (!entry) return ok(undefined);
    return this.saveNow(entry);
  }

  /** One user leaves; the last one saves, releases the lock and forgets the session. */
  async close(id: string): Promise<Result<void>> {
    const entry = this.open.get(id);
    if (!entry) return ok(undefined);
    entry.users--;
    if (entry.users > 0) return ok(undefined);
    const saved = await this.saveNow(entry);
    if (!saved.ok) {
      entry.users = 1;
      return saved;
    }
    this.open.delete(id);
    if (!entry.readOnly) await releaseLock(entry.folder, this.options.instanceId);
    return ok(undefined);
  }

  /** Saved and unlocked, whoever uses it (before it is moved to the trash). */
  async closeForEveryone(id: string): Promise<Result<void>> {
    const entry = this.open.get(id);
    if (!entry) return ok(undefined);
    entry.users = 1;
    return this.close(id);
  }

  /** On quit: every session saved and unlocked. */
  async closeAll(): Promise<void> {
    for (const id of [...this.open.keys()]) await this.closeForEveryone(id);
  }

  async listBackups(folder: string) {
    return listBackups(folder);
  }

  /**
   * Puts a backup in place of a file that cannot be opened. The file it replaces is kept
   * beside it (`session.damaged-<time>.json`), never deleted.
   */
  async restoreBackup(
    folder: string,
    backupId: string,
  ): Promise<Result<Opened & { keptAs: string | null }>> {
    if ([...this.open.values()].some((entry) => entry.folder === folder))
      return fail('session.locked', { owner: 'Atelier' });
    const backup = await readBackup(folder, backupId);
    if (!backup) return fail('session.noBackup');
    const lock = await acquireLock(folder, {
      instanceId: this.options.instanceId,
      since: new Date(this.options.clock.now()).toISOString(),
      app: this.options.appName ?? 'Atelier',
    });
    if (!lock.ok)
      return fail('session.locked', { readOnlyAvailable: true, owner: lock.owner?.host ?? '?' });
    let keptAs: string | null = null;
    const current = await readSessionFile(folder);
    if (current.kind === 'read') {
      keptAs = `session.damaged-${new Date(this.options.clock.now()).toISOString().replace(/[-:.]/g, '')}.json`;
      await writeFileAtomic(path.join(folder, keptAs), current.text);
    }
    await writeFileAtomic(path.join(folder, SESSION_FILE), backup.text);
    await releaseLock(folder, this.options.instanceId);
    const opened = await this.openFolder(folder);
    return opened.ok ? ok({ ...opened.value, keptAs }) : opened;
  }

  private register(folder: string, session: Session, readOnly: boolean): OpenSession {
    const entry: OpenSession = {
      id: session.id,
      folder,
      db: sessionDb(folder, session),
      readOnly,
      revision: 0,
      users: 1,
      savedRevision: 0,
      firstUnsavedAt: null,
      timer: null,
      saving: Promise.resolve(),
      lastBackupAt: Number.NEGATIVE_INFINITY,
      lastBackupText: null,
    };
    this.open.set(session.id, entry);
    return entry;
  }

  private view(entry: OpenSession): Opened {
    return { session: entry.db.data, readOnly: entry.readOnly, revision: entry.revision };
  }

  private scheduleSave(entry: OpenSession, immediately: boolean): void {
    const now = this.options.clock.now();
    entry.firstUnsavedAt ??= now;
    if (entry.timer) clearTimeout(entry.timer);
    const wait = immediately
      ? 0
      : Math.max(0, Math.min(this.debounceMs, entry.firstUnsavedAt + this.maxWaitMs - now));
    entry.timer = setTimeout(() => {
      entry.timer = null;
      void this.saveNow(entry);
    }, wait);
  }

  private async saveNow(entry: OpenSession): Promise<Result<void>> {
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = null;
    }
    // One save at a time per session: wait for the one under way, then save what is newer.
    await entry.saving;
    if (entry.readOnly || (entry.savedRevision === entry.revision && entry.firstUnsavedAt === null))
      return ok(undefined);
    const revision = entry.revision;
    const snapshot = entry.db.data;
    let result: Result<void> = ok(undefined);
    entry.saving = (async () => {
      try {
        await entry.db.adapter.write(snapshot);
        entry.savedRevision = revision;
        if (entry.revision === revision) entry.firstUnsavedAt = null;
        if (this.options.clock.now() - entry.lastBackupAt >= this.backupIntervalMs) {
          await this.backup(entry, serializeSession(snapshot));
        }
        this.options.onSaveStatus?.({ id: entry.id, ok: true, revision });
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        result = fail('session.writeFailed', { reason });
        this.options.onSaveStatus?.({ id: entry.id, ok: false, reason });
        // Try again later: what is in memory is still the truth.
        entry.timer = setTimeout(() => void this.saveNow(entry), 5000);
      }
    })();
    await entry.saving;
    return result;
  }

  private async backup(entry: OpenSession, text: string): Promise<void> {
    entry.lastBackupAt = this.options.clock.now();
    if (text === entry.lastBackupText) return;
    const newest = (await listBackups(entry.folder))[0];
    if (newest && entry.lastBackupText === null) {
      const previous = await readBackup(entry.folder, newest.id);
      if (previous?.text === text) {
        entry.lastBackupText = text;
        return;
      }
    }
    await writeBackup(entry.folder, text, entry.lastBackupAt);
    entry.lastBackupText = text;
  }
}
