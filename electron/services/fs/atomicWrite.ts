/**
 * Durable, atomic file replacement: the file holds either the old content or the new one,
 * never a mix, never nothing — even after a power cut.
 *
 * temp file in the same folder → write → fsync → rename over the target → fsync the folder.
 * (A rename without the fsyncs can leave an empty file on some file systems after a power cut;
 * lowdb's default writer, steno, does not fsync.)
 *
 * Writes to one path are queued and coalesced: while a write runs, only the latest pending
 * content is kept, so a burst of saves costs at most two writes.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

type Pending = {
  data: string | Uint8Array;
  waiters: { resolve: () => void; reject: (e: unknown) => void }[];
};
const queues = new Map<string, { running: Promise<void>; pending: Pending | null }>();

export function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const target = path.resolve(file);
  const queue = queues.get(target);
  if (queue) {
    return new Promise((resolve, reject) => {
      if (queue.pending) {
        queue.pending.data = data;
        queue.pending.waiters.push({ resolve, reject });
      } else {
        queue.pending = { data, waiters: [{ resolve, reject }] };
      }
    });
  }
  const entry = { running: Promise.resolve(), pending: null as Pending | null };
  queues.set(target, entry);
  const first = writeNow(target, data);
  entry.running = first.then(drain, drain);
  return first;

  async function drain(): Promise<void> {
    const next = entry.pending;
    if (!next) {
      queues.delete(target);
      return;
    }
    entry.pending = null;
    try {
      await writeNow(target, next.data);
      next.waiters.forEach((w) => w.resolve());
    } catch (error) {
      next.waiters.forEach((w) => w.reject(error));
    }
    return drain();
  }
}

async function writeNow(target: string, data: string | Uint8Array): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx', 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync; NTFS journals it. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp files a killed process left behind. */
export async function removeStaleTempFiles(folder: string): Promise<void> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith('.') && name.endsWith('.tmp'))
      .map((name) => fs.rm(path.join(folder, name), { force: true })),
  );
}
