/**
 * `session.json` through lowdb, with an adapter that writes durably (see fs/atomicWrite.ts)
 * and reads strictly: a file that is not a valid session is reported, never replaced.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { Low } from 'lowdb';
import { parseSessionText, type ParsedSession } from '../../../shared/model/parseSession';
import type { Session } from '../../../shared/model/session';
import { writeFileAtomic } from '../fs/atomicWrite';

export const SESSION_FILE = 'session.json';
export const MEDIA_FOLDER = 'media';
export const BACKUPS_FOLDER = '.backups';

export function serializeSession(session: Session): string {
  return `${JSON.stringify(session, null, 1)}\n`;
}

export type SessionFileRead =
  { kind: 'missing' } | { kind: 'read'; text: string; parsed: ParsedSession };

export async function readSessionFile(folder: string): Promise<SessionFileRead> {
  let text: string;
  try {
    text = await fs.readFile(path.join(folder, SESSION_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  return { kind: 'read', text, parsed: parseSessionText(text) };
}

/** lowdb adapter: durable atomic writes; reads only what `SessionStore` already validated. */
export class DurableSessionAdapter implements Adapter<Session> {
  constructor(private readonly file: string) {}

  async read(): Promise<Session | null> {
    const text = await fs.readFile(this.file, 'utf8').catch(() => null);
    if (text === null) return null;
    const parsed = parseSessionText(text);
    if (parsed.kind !== 'ok') throw new Error(`${this.file}: ${parsed.kind}`);
    return parsed.session;
  }

  write(data: Session): Promise<void> {
    return writeFileAtomic(this.file, serializeSession(data));
  }
}

export function sessionDb(folder: string, session: Session): Low<Session> {
  return new Low(new DurableSessionAdapter(path.join(folder, SESSION_FILE)), session);
}
