import { promises as fs } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultMinutesOptions } from '../../../shared/documents/minutes/minutesOptions';
import {
  gennevilliersHalfDay,
  remarkableNotes,
  SAMPLE_ID,
} from '../../../shared/testing/gennevilliersHalfDay';
import { createAppServices } from '../app';
import { callHandler } from '../handlers';
import { useTempFolder } from '../testing/tempFolder';
import { docxProblems } from './testing/docxStructure';
import {
  canOpenDocuments,
  docxToPdf,
  mustOpenDocuments,
  pdfPageCount,
  pdfText,
  renderPages,
} from './testing/libreOffice';
import { organiserLogoPng, writeSessionFolder } from './testing/samplePhotos';

// The seminar took place in Paris: actual times are read in its time zone, as on the
// facilitator's laptop.
process.env.TZ = 'Europe/Paris';

const tempFolder = useTempFolder();

async function exportMinutes(options = defaultMinutesOptions, logo?: Buffer) {
  const root = tempFolder();
  const library = path.join(root, 'Atelier');
  const folder = await writeSessionFolder(library, gennevilliersHalfDay());
  const app = createAppServices({
    configDir: path.join(root, 'config'),
    defaultLibraryPath: library,
    platform: { shell: 'browser', version: 'test' },
  });
  if (logo) {
    const set = await callHandler(
      app.handlers,
      'settings.setLogo',
      { image: logo.toString('base64') },
      { clientId: 'test' },
    );
    if (!set.ok) throw new Error(JSON.stringify(set.error));
  }
  const result = await callHandler(
    app.handlers,
    'export.create',
    { id: SAMPLE_ID, document: { kind: 'minutes', options } },
    { clientId: 'test' },
  );
  await app.shutdown();
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const value = result.value as { path: string; fileName: string };
  return { ...value, folder, bytes: await fs.readFile(value.path) };
}

describe('the minutes of the Gennevilliers half-day, exported', () => {
  it('are saved next to the session as « Compte-rendu - <titre> - <date>.docx »', async () => {
    const { path: file, fileName, folder } = await exportMinutes();
    expect(fileName).toBe(
      'Compte-rendu - Renforcer les coopérations éducatives la démarche impact collectif - 2025-02-04.docx',
    );
    expect(path.dirname(file)).toBe(folder);
  });

  it('hold a .docx Word opens without repair: sound tables, paragraphs, pictures', async () => {
    const { bytes } = await exportMinutes();
    expect(docxProblems(bytes)).toEqual([]);
    const files = unzipSync(bytes);
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    // Three photos and the keyword cloud.
    expect(media.filter((name) => name.endsWith('.jpg') || name.endsWith('.jpeg'))).toHaveLength(3);
    expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(1);
    const xml = strFromU8(files['word/document.xml']!);
    // Real Word styles: the navigation pane and the table of contents rely on them.
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Caption'])
      expect(xml).toContain(`w:val="${style}"`);
    // The rotated photo is turned by Word, a quarter turn in 60,000ths of a degree.
    expect(xml).toContain('rot="5400000"');
  });

  it('carry the organiser’s logo from Settings above the title of the cover', async () => {
    const logo = organiserLogoPng();
    const { bytes } = await exportMinutes(defaultMinutesOptions, logo);
    expect(docxProblems(bytes)).toEqual([]);
    const files = unzipSync(bytes);
    const pngs = Object.keys(files).filter(
      (n) => n.startsWith('word/media/') && n.endsWith('.png'),
    );
    // The keyword cloud and the logo, byte for byte.
    expect(pngs).toHaveLength(2);
    expect(pngs.some((name) => Buffer.from(files[name]!).equals(logo))).toBe(true);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml.indexOf('<w:drawing>')).toBeLessThan(xml.indexOf('w:val="Title"'));
    // 600 × 200 px within 60 × 30 mm: 60 mm wide (36,000 EMU a mm), its shape kept.
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml)!.map(Number);
    expect(cx! / 36_000).toBeCloseTo(60, 0);
    expect(cx! / cy!).toBeCloseTo(3, 1);
  });

  it('have no logo on the cover when none is set', async () => {
    const xml = strFromU8(unzipSync((await exportMinutes()).bytes)['word/document.xml']!);
    expect(xml.indexOf('<w:drawing>')).toBeGreaterThan(xml.indexOf('w:val="Title"'));
  });

  it('survive the checker: it finds a table without rows', () => {
    const broken = (xml: string) =>
      docxProblems(
        // A minimal package around a document body.
        zip({
          '[Content_Types].xml': '<Types/>',
          'word/styles.xml': '<w:styles/>',
          'word/document.xml': `<w:document><w:body>${xml}</w:body></w:document>`,
        }),
      );
    expect(broken('<w:tbl><w:tblPr/></w:tbl>')).toContain('tableau sans ligne');
    expect(broken('<w:tbl><w:tr><w:tc><w:tcPr/></w:tc></w:tr></w:tbl>')).toContain(
      'cellule qui ne finit pas par un paragraphe',
    );
    expect(broken('<w:p><w:r><w:p/></w:r></w:p>')).toContain('paragraphe dans un paragraphe');
    expect(broken('<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>')).toEqual([]);
  });

  it.runIf(canOpenDocuments || mustOpenDocuments)(
    'read as LibreOffice shows them: titles, accented names, notes, next steps, nothing cut',
    async () => {
      const { path: file } = await exportMinutes();
      const pdf = docxToPdf(file);
      renderPages(pdf, 'minutes', pdfPageCount(pdf));
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      const session = gennevilliersHalfDay();
      for (const line of [
        'Compte-rendu',
        'Renforcer les coopérations éducatives',
        'Mardi 4 février 2025',
        'Synthèse',
        'Déroulé de la séance',
        'Exploration des 5 composantes de l’impact collectif — Temps#1',
        'Les mots-clés de la coopération',
        'Tous les prochains petits pas',
        'Annexe : liste des participants',
        '9h00 30 min 9h00 34 min +4 min',
        'Partir des besoins des familles',
        'Partager l’annuaire des acteurs',
        'Mutualiser les locaux le mercredi après-midi',
      ])
        expect(text).toContain(line);
      // Accented names, and the end of the longest note (it wraps, it is not cut).
      const accented = session.participants.find((p) => /[À-ÿŒœ’]/.test(p.lastName))!;
      expect(text).toContain(accented.lastName.replace(/'/g, '’').toLocaleUpperCase('fr'));
      expect(text).toContain('variable d’ajustement de tous les projets');
      expect(remarkableNotes.unicode).toContain('Œuvrer');
      expect(text).toContain('Œuvrer avec les parents');
      expect(pdfPageCount(pdf)).toBeGreaterThan(8);
    },
    180_000,
  );
});

function zip(files: Record<string, string>): Uint8Array {
  // fflate's zipSync is the writer's mirror image; kept here so the checker is tested alone.
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}
