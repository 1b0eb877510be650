/**
 * The library folder (default `Documents/Atelier`): one folder per session, named from its date
 * and title, plus `.trash/` for deleted sessions until they are restored.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SessionSummary } from '../../../shared/contract';
import type { Session } from '../../../shared/model/session';
import { fail, ok, type Result } from '../../../shared/result';
import type { Clock } from '../clock';
import { writeFileAtomic } from '../fs/atomicWrite';
import { newestValidBackup } from '../sessionStore/backups';
import {
  MEDIA_FOLDER,
  SESSION_FILE,
  readSessionFile,
  serializeSession,
  type SessionFileRead,
} from '../sessionStore/sessionFile';
import { sessionFolderName, uniqueName } from './folderName';

export const TRASH_FOLDER = '.trash';
/** Imports are prepared here, on the library's own disk, then moved in with one rename. */
export const INCOMING_FOLDER = '.incoming';

type Entry = { folder: string; summary: SessionSummary; stamp: string };

export class Library {
  /** Summaries by folder name, kept while the file's size and time do not change. */
  private readonly cache = new Map<string, Entry>();

  constructor(
    readonly root: string,
    private readonly clock: Clock,
  ) {}

  async ensureRoot(): Promise<Result<void>> {
    try {
      await fs.mkdir(this.root, { recursive: true });
      await fs.access(this.root, fs.constants.W_OK);
      return ok(undefined);
    } catch {
      return fail('library.folderUnusable', { path: this.root });
    }
  }

  /** Newest change first. Damaged sessions are listed too, so they can be repaired. */
  async list(): Promise<SessionSummary[]> {
    const names = await this.sessionFolders();
    const entries = await Promise.all(names.map((name) => this.entry(name)));
    for (const name of this.cache.keys()) if (!names.includes(name)) this.cache.delete(name);
    return entries
      .filter((entry): entry is Entry => entry !== null)
      .map((entry) => entry.summary)
      .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  }

  async folderOf(id: string): Promise<string | null> {
    for (const entry of this.cache.values())
      if (entry.summary.id === id) return path.join(this.root, entry.folder);
    await this.list();
    for (const entry of this.cache.values())
      if (entry.summary.id === id) return path.join(this.root, entry.folder);
    return null;
  }

  /** Writes a new session in a new folder. */
  async add(session: Session, media?: { from: string }): Promise<Result<{ folder: string }>> {
    const ready = await this.ensureRoot();
    if (!ready.ok) return ready;
    const name = uniqueName(sessionFolderName(session.title, session.date), await this.allNames());
    const folder = path.join(this.root, name);
    await fs.mkdir(folder);
    if (media)
      await fs
        .cp(path.join(media.from, MEDIA_FOLDER), path.join(folder, MEDIA_FOLDER), {
          recursive: true,
        })
        .catch(ignoreMissing);
    await fs.mkdir(path.join(folder, MEDIA_FOLDER), { recursive: true });
    await writeFileAtomic(path.join(folder, 'session.json'), serializeSession(session));
    return ok({ folder });
  }

  /** An empty private folder to prepare an import in; hidden from the list (its name starts with a dot). */
  async stagingFolder(): Promise<string> {
    const incoming = path.join(this.root, INCOMING_FOLDER);
    await fs.mkdir(incoming, { recursive: true });
    return fs.mkdtemp(path.join(incoming, 'import-'));
  }

  /** Removes a staging folder, and `.incoming` itself once nothing else is being imported. */
  async removeStaging(staging: string): Promise<void> {
    await fs.rm(staging, { recursive: true, force: true });
    await fs.rmdir(path.join(this.root, INCOMING_FOLDER)).catch(() => undefined);
  }

  /**
   * Writes `session.json` into a prepared folder (its `media/` already filled) and moves the
   * folder into the library under a new name: the session appears whole or not at all.
   */
  async moveIn(prepared: string, session: Session): Promise<Result<{ folder: string }>> {
    await writeFileAtomic(path.join(prepared, SESSION_FILE), serializeSession(session));
    const name = uniqueName(sessionFolderName(session.title, session.date), await this.allNames());
    const folder = path.join(this.root, name);
    await fs.rename(prepared, folder);
    return ok({ folder });
  }

  /** Moves the session folder to the trash; the returned id brings it back. */
  async trash(id: string): Promise<Result<{ trashId: string; title: string }>> {
    const folder = await this.folderOf(id);
    if (!folder) return fail('session.notFound');
    const title = this.cache.get(path.basename(folder))?.summary.title ?? '';
    const stamp = new Date(this.clock.now()).toISOString().replace(/[-:.]/g, '');
    const trashId = `${path.basename(folder)}~${stamp}`;
    await fs.mkdir(path.join(this.root, TRASH_FOLDER), { recursive: true });
    await fs.rename(folder, path.join(this.root, TRASH_FOLDER, trashId));
    this.cache.delete(path.basename(folder));
    return ok({ trashId, title });
  }

  async untrash(trashId: string): Promise<Result<{ folder: string }>> {
    const trashed = await this.trashed(trashId);
    if (!trashed) return fail('library.trashNotFound');
    const original = trashId.slice(0, trashId.lastIndexOf('~'));
    const name = uniqueName(original, await this.allNames());
    const folder = path.join(this.root, name);
    await fs.rename(trashed, folder);
    return ok({ folder });
  }

  /** After a change of title or date, the folder follows (only when nobody has it open). */
  async renameFolderFor(folder: string, session: Pick<Session, 'title' | 'date'>): Promise<string> {
    const current = path.basename(folder);
    const wanted = sessionFolderName(session.title, session.date);
    if (current === wanted || current.replace(/ \(\d+\)$/, '') === wanted) return folder;
    const name = uniqueName(
      wanted,
      (await this.allNames()).filter((n) => n !== current),
    );
    const target = path.join(this.root, name);
    try {
      await fs.rename(folder, target);
      this.cache.delete(current);
      return target;
    } catch {
      // A file explorer or an antivirus holds it: keep the old name, nothing is lost.
      return folder;
    }
  }

  private async trashed(trashId: string): Promise<string | null> {
    if (
      trashId.includes('/') ||
      trashId.includes('\\') ||
      trashId.startsWith('.') ||
      !trashId.includes('~')
    )
      return null;
    const names = await fs.readdir(path.join(this.root, TRASH_FOLDER)).catch(() => [] as string[]);
    return names.includes(trashId) ? path.join(this.root, TRASH_FOLDER, trashId) : null;
  }

  private async allNames(): Promise<string[]> {
    return fs.readdir(this.root).catch(() => [] as string[]);
  }

  private async sessionFolders(): Promise<string[]> {
    const dirents = await fs.readdir(this.root, { withFileTypes: true }).catch(() => []);
    return dirents.filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
  }

  private async entry(name: string): Promise<Entry | null> {
    const folder = path.join(this.root, name);
    const stat = await fs.stat(path.join(folder, 'session.json')).catch(() => null);
    if (!stat) return null;
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    const cached = this.cache.get(name);
    if (cached?.stamp === stamp) return cached;
    const read = await readSessionFile(folder);
    const summary = await summarize(folder, read, stat.mtime.toISOString());
    if (!summary) return null;
    const entry = { folder: name, summary, stamp };
    this.cache.set(name, entry);
    return entry;
  }
}

async function summarize(
  folder: string,
  read: SessionFileRead,
  fileTime: string,
): Promise<SessionSummary | null> {
  if (read.kind === 'missing') return null;
  const name = path.basename(folder);
  const { parsed } = read;
  const session =
    parsed.kind === 'ok' ? parsed.session : parsed.kind === 'newer' ? parsed.session : null;
  if (session) {
    return {
      id: session.id,
      title: session.title,
      date: session.date,
      place: session.place,
      participantCount: session.participants.length,
      modifiedAt: session.modifiedAt,
      folder: name,
      status: parsed.kind === 'ok' ? 'ok' : 'newer',
    };
  }
  // Damaged: find its id in what is left of the file, else in its newest valid backup.
  const backup = await newestValidBackup(folder);
  const id = /"id"\s*:\s*"([A-Za-z0-9_-]{1,64})"/.exec(read.text)?.[1] ?? backup?.session.id;
  if (!id) return null;
  return {
    id,
    title: backup?.session.title ?? name,
    date: backup?.session.date ?? null,
    place: backup?.session.place ?? '',
    participantCount: backup?.session.participants.length ?? 0,
    modifiedAt: fileTime,
    folder: name,
    status: 'damaged',
  };
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
