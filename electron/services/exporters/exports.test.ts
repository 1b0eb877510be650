import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
