/**
 * Files the browser build may download: only those an export just wrote, by an unguessable id,
 * for an hour. The host serves them at `/api/download/<id>`; no other path can be asked for.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock';

const LIFETIME_MS = 60 * 60 * 1000;

export type Download = { path: string; fileName: string };

export class Downloads {
  private readonly files = new Map<string, Download & { expires: number }>();

  constructor(private readonly clock: Clock) {}

  register(download: Download): string {
    const id = randomBytes(18).toString('base64url');
    this.files.set(id, { ...download, expires: this.clock.now() + LIFETIME_MS });
    return id;
  }

  get(id: string): Download | null {
    const now = this.clock.now();
    for (const [key, file] of this.files) if (file.expires < now) this.files.delete(key);
    return this.files.get(id) ?? null;
  }
}
