/**
 * One writer per session: a lock file in the session folder names the process that has it open
 * for writing. A lock left by a process that no longer runs on this computer is taken over.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = '.atelier.lock';

export type LockOwner = {
  pid: number;
  host: string;
  instanceId: string;
  since: string;
  app: string;
};

export type LockAttempt = { ok: true } | { ok: false; owner: LockOwner | null };

export async function acquireLock(
  folder: string,
  me: Omit<LockOwner, 'pid' | 'host'>,
): Promise<LockAttempt> {
  const file = path.join(folder, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), ...me };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(file, JSON.stringify(owner), { flag: 'wx' });
      return { ok: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = await readLock(folder);
    if (current && current.instanceId === me.instanceId) return { ok: true };
    if (current && isAlive(current)) return { ok: false, owner: current };
    // Stale (or unreadable) lock: remove it and try once more.
    await fs.rm(file, { force: true });
  }
  return { ok: false, owner: await readLock(folder) };
}

export async function releaseLock(folder: string, instanceId: string): Promise<void> {
  const current = await readLock(folder);
  if (current?.instanceId === instanceId)
    await fs.rm(path.join(folder, LOCK_FILE), { force: true });
}

export async function readLock(folder: string): Promise<LockOwner | null> {
  try {
    const raw = JSON.parse(
      await fs.readFile(path.join(folder, LOCK_FILE), 'utf8'),
    ) as Partial<LockOwner>;
    if (
      typeof raw.pid !== 'number' ||
      typeof raw.host !== 'string' ||
      typeof raw.instanceId !== 'string'
    )
      return null;
    return {
      pid: raw.pid,
      host: raw.host,
      instanceId: raw.instanceId,
      since: String(raw.since ?? ''),
      app: String(raw.app ?? 'Atelier'),
    };
  } catch {
    return null;
  }
}

/** On another computer (a shared folder) we cannot tell: assume the lock holds. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
