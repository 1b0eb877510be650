/**
 * Migrations turn a document of schema version n into version n + 1. They are pure, numbered,
 * each with its test, and run in order on load. A document from the future is never migrated
 * down or rewritten: the caller opens it read-only.
 *
 * Version 1 is the first: the chain is empty, the mechanism is in place for version 2.
 */
import { CURRENT_SCHEMA_VERSION } from './version';

export { CURRENT_SCHEMA_VERSION };

type Doc = Record<string, unknown>;
export type Migration = (doc: Doc) => Doc;

/** `migrations[n]` turns version n into version n + 1. */
export const migrations: Readonly<Record<number, Migration>> = {};

export type MigrationOutcome =
  | { kind: 'current'; doc: Doc; migratedFrom: number | null }
  | { kind: 'newer'; version: number }
  | { kind: 'unversioned' };

export function readSchemaVersion(doc: unknown): number | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
  const version = (doc as Doc).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

export function migrate(
  doc: unknown,
  chain: Readonly<Record<number, Migration>> = migrations,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  const version = readSchemaVersion(doc);
  if (version === null) return { kind: 'unversioned' };
  if (version > target) return { kind: 'newer', version };
  let current = doc as Doc;
  for (let from = version; from < target; from++) {
    const step = chain[from];
    if (!step) throw new Error(`No migration from schema version ${from}`);
    current = { ...step(current), schemaVersion: from + 1 };
  }
  return { kind: 'current', doc: current, migratedFrom: version === target ? null : version };
}
