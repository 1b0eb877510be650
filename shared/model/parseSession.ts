/**
 * Reading a session file: text → JSON → migrations → schema. Each way it can fail is a
 * distinct outcome, because each gets its own message and its own way out.
 */
import { z } from 'zod';
import { migrate } from './migrations';
import { sessionSchema, type Session } from './session';

export type ParsedSession =
  | { kind: 'ok'; session: Session; migratedFrom: number | null }
  /** Empty, or JSON cut short: what a power cut during a non-atomic write leaves. */
  | { kind: 'truncated' }
  | { kind: 'notJson' }
  | { kind: 'invalid'; issues: string[] }
  /** Written by a newer Atelier; `session` is set when it can still be shown read-only. */
  | { kind: 'newer'; version: number; session: Session | null };

const futureSessionSchema = sessionSchema.extend({ schemaVersion: z.number().int() });

export function parseSessionText(text: string): ParsedSession {
  if (text.trim() === '') return { kind: 'truncated' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return looksTruncated(text) ? { kind: 'truncated' } : { kind: 'notJson' };
  }
  return parseSessionValue(raw);
}

export function parseSessionValue(raw: unknown): ParsedSession {
  const migrated = migrate(raw);
  if (migrated.kind === 'unversioned')
    return { kind: 'invalid', issues: ['schemaVersion: absent ou invalide'] };
  if (migrated.kind === 'newer') {
    const readable = futureSessionSchema.safeParse(raw);
    return {
      kind: 'newer',
      version: migrated.version,
      session: readable.success ? (readable.data as unknown as Session) : null,
    };
  }
  const parsed = sessionSchema.safeParse(migrated.doc);
  if (!parsed.success) return { kind: 'invalid', issues: describeIssues(parsed.error) };
  return { kind: 'ok', session: parsed.data, migratedFrom: migrated.migratedFrom };
}

export function describeIssues(error: z.ZodError, limit = 20): string[] {
  return error.issues
    .slice(0, limit)
    .map((issue) => `${issue.path.join('.') || '(racine)'}: ${issue.message}`);
}

/** A JSON document that starts well but stops: an object or array never closed. */
function looksTruncated(text: string): boolean {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return false;
  const end = text.trimEnd().at(-1);
  return end !== '}' && end !== ']';
}
