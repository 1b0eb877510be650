/** Test helpers: a fixture of tests/fixtures/imports read, turned into participants, deduplicated. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defaultRoles, type Participant } from '../../../../shared/model/participants';
import { findDuplicates } from '../../../../shared/participants/findDuplicates';
import type { RegistrationTable } from '../../../../shared/participants/registrationTable';
import { rowsToParticipants } from '../../../../shared/participants/rowsToParticipants';
import type { Result } from '../../../../shared/result';
import { readRegistrations } from '../readRegistrations';

export const importFixtures = fileURLToPath(
  new URL('../../../../tests/fixtures/imports/', import.meta.url),
);
export const importedAt = '2025-02-04T08:00:00.000Z';

export async function fixtureBytes(name: string): Promise<Uint8Array> {
  return readFile(`${importFixtures}${name}`);
}

export async function readFixture(name: string): Promise<Result<RegistrationTable>> {
  return readRegistrations(await fixtureBytes(name), name);
}

/** Sequential ids (p1, p2…) so tests can name people; the real app uses `newId`. */
export function sequentialIds(prefix = 'p'): () => string {
  let count = 0;
  return () => `${prefix}${(count += 1)}`;
}

export async function importFixture(name: string, existing: readonly Participant[] = []) {
  const read = await readFixture(name);
  if (!read.ok) throw new Error(`${name} was refused: ${JSON.stringify(read.error)}`);
  const table = read.value;
  const result = rowsToParticipants(table, table.mapping, {
    roles: defaultRoles,
    now: importedAt,
    newId: sequentialIds(),
  });
  const atLine = (line: number): Participant => {
    const found = result.participants.find((participant) => result.lines[participant.id] === line);
    if (found === undefined) throw new Error(`No participant from row ${line} of ${name}`);
    return found;
  };
  const lineOf = (participant: Participant) => result.lines[participant.id];
  return {
    table,
    ...result,
    atLine,
    lineOf,
    groups: findDuplicates(result.participants, existing),
  };
}

/** The fields a person sees, for exact comparisons. */
export function identity(participant: Participant) {
  const { lastName, firstName, organisation, role, territory, email } = participant;
  return { lastName, firstName, organisation, role, territory, email };
}
