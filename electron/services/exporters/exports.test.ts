import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formGroups } from '../../../shared/grouping/formGroups';
import { generationInput, roundsFromResult } from '../../../shared/grouping/sessionGrouping';
import type { Grouping } from '../../../shared/model/groupings';
import { sessionSchema } from '../../../shared/model/session';
import { createAppServices } from '../app';
import { callHandler } from '../handlers';
import { useTempFolder } from '../testing/tempFolder';
import {
  canOpenDocuments,
  docxToPdf,
  mustOpenDocuments,
  pdfPageCount,
  pdfText,
  renderPages,
} from './testing/libreOffice';

const tempFolder = useTempFolder();

const names = [
  ['Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'],
  ['Lefèvre', 'Jérôme', 'Préfecture des Hauts-de-Seine', 'État'],
  ['N’Diaye', 'Fatoumata', 'Centre social Les Oliviers', 'Association'],
  ['Dupont-Aignan', 'Éloïse', 'Ville de Nanterre', 'Collectivité'],
  ['Œillet', 'François', 'Cité éducative de Gennevilliers', 'Association'],
  ['Da Silva', 'Maëlle', 'CAF des Hauts-de-Seine', 'État'],
];

async function sessionWithPeople(count: number) {
  const root = tempFolder();
  const app = createAppServices({
    configDir: path.join(root, 'config'),
    defaultLibraryPath: path.join(root, 'Atelier'),
    platform: { shell: 'browser', version: 'test' },
  });
  const call = async (name: string, input: unknown) => {
    const result = await callHandler(app.handlers, name, input, { clientId: 'test' });
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as never;
  };
  const { id }: { id: string } = await call('library.create', {
    templateId: 'seminaire-demi-journee',
    header: { title: 'Renforcer les coopérations éducatives', date: '2025-02-04' },
  });
  await call('session.open', { id });
  const participants = Array.from({ length: count }, (_, i) => {
    const [lastName, firstName, organisation, role] = names[i % names.length]!;
    return {
      id: `p${i}`,
      lastName: i < names.length ? lastName : `${lastName}-${i}`,
      firstName,
      organisation,
      role,
      createdAt: '2025-02-01T10:00:00.000Z',
    };
  });
  await call('session.apply', {
    id,
    clientId: 'test',
    op: {
      type: 'history.restore',
      fields: {},
      collections: { participants: { upsert: participants, remove: [] } },
      at: '2025-02-04T08:30:00.000Z',
    },
  });
  return { app, call, id };
}

/** A 4-round world café with 12 hosts, formed by the engine, added to the session. */
async function withWorldCafe(
  call: (name: string, input: unknown) => Promise<never>,
  id: string,
): Promise<string> {
  const { session }: { session: unknown } = await call('session.get', { id });
  const participants = sessionSchema.parse(session).participants;
  const grouping: Grouping = {
    id: 'cafe',
    sequenceId: null,
    name: 'World café — 4 thématiques',
    strategy: 'rotation',
    params: {
      who: 'all',
      rounds: 4,
      groupSize: 5,
      hostIds: participants.slice(0, 12).map((p) => p.id),
    },
    rounds: [],
    createdAt: '2025-02-04T08:30:00.000Z',
  };
  const input = generationInput({ participants }, grouping);
  const result = formGroups(input, { seed: 1, timeMs: 1000 });
  if (!result.ok) throw new Error(result.error.code);
  let n = 0;
  const rounds = roundsFromResult(grouping, result.value.rounds, input.hosts ?? [], {
    name: (i) => `Table ${i + 1}`,
    newId: () => `t${(n += 1)}`,
  });
  await call('session.apply', {
    id,
    clientId: 'test',
    op: {
      type: 'history.restore',
      fields: {},
      collections: { groupings: { upsert: [{ ...grouping, rounds }], remove: [] } },
      at: '2025-02-04T08:31:00.000Z',
    },
  });
  return grouping.id;
}

describe('export.create', () => {
  it('writes the signature sheet next to the session and offers it for download', async () => {
    const { app, call, id } = await sessionWithPeople(6);
    const result: { status: string; path: string; fileName: string; downloadId: string } =
      await call('export.create', {
        id,
        document: { kind: 'signatureSheet' },
      });
    expect(result.fileName).toBe(
      'Feuille d’émargement - Renforcer les coopérations éducatives - 2025-02-04.docx',
    );
    expect(path.basename(path.dirname(result.path))).toBe(
      '2025-02-04 Renforcer les coopérations éducatives',
    );
    const bytes = await fs.readFile(result.path);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(app.downloads.get(result.downloadId)?.path).toBe(result.path);
    await app.shutdown();
  });

  it.runIf(canOpenDocuments || mustOpenDocuments)(
    'produces a signature sheet LibreOffice opens: names, header row on every page',
    async () => {
      const { app, call, id } = await sessionWithPeople(60);
      const result: { path: string } = await call('export.create', {
        id,
        document: { kind: 'signatureSheet' },
      });
      const pdf = docxToPdf(result.path);
      const text = pdfText(pdf);
      expect(text).toContain('Feuille d’émargement');
      expect(text).toContain('Mardi 4 février 2025, 9h00 – 12h30');
      expect(text).toContain('N’DIAYE');
      expect(text).toContain('Cité éducative');
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThan(1);
      // The header row is repeated at the top of every page.
      expect(text.match(/Signature/g)?.length).toBeGreaterThanOrEqual(pages);
      renderPages(pdf, 'signature-sheet', 2);
      await app.shutdown();
    },
    120_000,
  );

  it('refuses to export the groups of a grouping the session does not have', async () => {
    const { app, id } = await sessionWithPeople(3);
    const result = await callHandler(
      app.handlers,
      'export.create',
      { id, document: { kind: 'groups', groupingId: 'inconnu' } },
      { clientId: 'test' },
    );
    expect(result).toEqual({ ok: false, error: { code: 'grouping.notFound' } });
    await app.shutdown();
  });

  it.runIf(canOpenDocuments || mustOpenDocuments)(
    'produces the group lists of a 4-round world café: a page per round, then who goes where',
    async () => {
      const { app, call, id } = await sessionWithPeople(60);
      const groupingId = await withWorldCafe(call, id);
      const result: { path: string; fileName: string } = await call('export.create', {
        id,
        document: { kind: 'groups', groupingId },
      });
      expect(result.fileName).toBe(
        'Groupes - World café — 4 thématiques - Renforcer les coopérations éducatives - 2025-02-04.docx',
      );
      const pdf = docxToPdf(result.path);
      renderPages(pdf, 'group-lists', 12);
      const text = pdfText(pdf);
      for (const line of [
        'Groupes',
        'Aucune rencontre répétée',
        'Tour 1',
        'Tour 4',
        'Table 12',
        '(hôte)',
        'Qui va où',
        'N’Diaye',
      ]) {
        expect(text).toContain(line);
      }
      // The title page, a page per round, then who goes where (two pages for 60 people).
      expect(pdfPageCount(pdf)).toBe(7);
      await app.shutdown();
    },
    120_000,
  );

  it.runIf(canOpenDocuments || mustOpenDocuments)(
    'produces the agenda of the half-day as LibreOffice shows it',
    async () => {
      const { app, call, id } = await sessionWithPeople(0);
      const result: { path: string } = await call('export.create', {
        id,
        document: { kind: 'agenda' },
      });
      const pdf = docxToPdf(result.path);
      const text = pdfText(pdf);
      for (const line of [
        'Programme',
        '9h00',
        'Accueil convivial',
        '11h45',
        'Témoignages des cités éducatives',
        '12h20',
        'Fin prévue à 12h30',
      ]) {
        expect(text).toContain(line);
      }
      renderPages(pdf, 'agenda', 1);
      await app.shutdown();
    },
    120_000,
  );
});
