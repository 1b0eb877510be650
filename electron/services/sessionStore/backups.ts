/**
 * Rotating snapshots in `.backups/`: one when a session is opened, then at most one every
 * five minutes while it changes; the newest 20 are kept.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseSessionText } from '../../../shared/model/parseSession';
import type { Session } from '../../../shared/model/session';
import { writeFileAtomic } from '../fs/atomicWrite';
import { BACKUPS_FOLDER } from './sessionFile';

export const BACKUPS_KEPT = 20;
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;

export type Backup = { id: string; savedAt: string };

const pattern = /^session-(\d{8}T\d{6}\d{3}Z)(?:-\d+)?\.json$/;

function backupId(now: number): string {
  return `session-${new Date(now).toISOString().replace(/[-:.]/g, '')}.json`;
}

function savedAt(id: string): string {
  const stamp = pattern.exec(id)?.[1] ?? '';
  const iso = stamp.replace(
    /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/,
    '$1-$2-$3T$4:$5:$6.$7Z',
  );
  return iso;
}

export async function writeBackup(folder: string, text: string, now: number): Promise<Backup> {
  const dir = path.join(folder, BACKUPS_FOLDER);
  await fs.mkdir(dir, { recursive: true });
  let id = backupId(now);
  const existing = new Set(await fs.readdir(dir));
  for (let n = 2; existing.has(id); n++) id = backupId(now).replace(/\.json$/, `-${n}.json`);
  await writeFileAtomic(path.join(dir, id), text);
  await prune(dir);
  return { id, savedAt: savedAt(id) };
}

/** Newest first. */
export async function listBackups(folder: string): Promise<Backup[]> {
  const names = await fs.readdir(path.join(folder, BACKUPS_FOLDER)).catch(() => [] as string[]);
  return names
    .filter((name) => pattern.test(name))
    .sort()
    .reverse()
    .map((id) => ({ id, savedAt: savedAt(id) }));
}

export async function readBackup(
  folder: string,
  id: string,
): Promise<{ text: string; session: Session } | null> {
  if (!pattern.test(id)) return null;
  const text = await fs.readFile(path.join(folder, BACKUPS_FOLDER, id), 'utf8').catch(() => null);
  if (text === null) return null;
  const parsed = parseSessionText(text);
  return parsed.kind === 'ok' ? { text, session: parsed.session } : null;
}

/** The newest backup this version can open. */
export async function newestValidBackup(
  folder: string,
): Promise<(Backup & { session: Session; text: string }) | null> {
  for (const backup of await listBackups(folder)) {
    const read = await readBackup(folder, backup.id);
    if (read) return { ...backup, ...read };
  }
  return null;
}

async function prune(dir: string): Promise<void> {
  const names = (await fs.readdir(dir)).filter((name) => pattern.test(name)).sort();
  const excess = names.slice(0, Math.max(0, names.length - BACKUPS_KEPT));
  await Promise.all(excess.map((name) => fs.rm(path.join(dir, name), { force: true })));
}
