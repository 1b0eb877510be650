/**
 * Writes a session folder into a test's library before the app opens it, as if it had been
 * prepared earlier: a template's agenda, and participants read by the real importer from a
 * registration export (all marked present, as after the émargement).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readRegistrations } from '../../electron/services/importers/readRegistrations';
import { sessionFolderName } from '../../electron/services/library/folderName';
import { serializeSession } from '../../electron/services/sessionStore/sessionFile';
import { defaultRoles } from '../../shared/model/participants';
import { instantiateTemplate, templateSchema } from '../../shared/model/template';
import { sessionSchema, type Session } from '../../shared/model/session';
import { rowsToParticipants } from '../../shared/participants/rowsToParticipants';

export type Seed = {
  templateId: string;
  title: string;
  date: string;
  /** A file of tests/fixtures/imports/. */
  registrations: string;
};

export async function seedSession(library: string, seed: Seed): Promise<Session> {
  const now = '2025-03-11T07:30:00.000Z';
  let next = 0;
  const newId = () => `e2e${(next += 1).toString(36).padStart(4, '0')}`;
  // Read from resources/ as the app bundles it (Playwright's loader does not import JSON).
  const template = templateSchema.parse(
    JSON.parse(
      await fs.readFile(path.join('resources', 'templates', `${seed.templateId}.json`), 'utf8'),
    ),
  );
  const file = path.join('tests', 'fixtures', 'imports', seed.registrations);
  const table = await readRegistrations(await fs.readFile(file), seed.registrations);
  if (!table.ok) throw new Error(`${seed.registrations}: ${table.error.code}`);
  const { participants, errors } = rowsToParticipants(table.value, table.value.mapping, {
    roles: defaultRoles,
    now,
    newId,
  });
  if (errors.length > 0) throw new Error(`${seed.registrations}: ${errors.length} rows refused`);
  const session = sessionSchema.parse({
    ...instantiateTemplate(template, {
      id: newId(),
      now,
      newId,
      header: { title: seed.title, date: seed.date },
    }),
    participants: participants.map((p) => ({ ...p, attendance: 'present' })),
  });
  const folder = path.join(library, sessionFolderName(session.title, session.date));
  await fs.mkdir(path.join(folder, 'media'), { recursive: true });
  await fs.writeFile(path.join(folder, 'session.json'), serializeSession(session));
  return session;
}
