/**
 * Export of the minutes of a large seminar: 300 participants, 3,000 notes with votes, keywords,
 * 20 photos of 2 MB (JPEG), through `export.create` as the app runs it: read the session,
 * build the document model, read the photos, draw the word cloud, write the .docx, save it
 * next to the session. Target: median < 1 s on the 2-core machine (median of 5, after a
 * warm-up that also pays resvg's one-off WebAssembly compilation, reported apart).
 *
 * Photos are stored as the app stores them (media.import): the 2 MB original and its display
 * copy of at most 1,600 px, which documents embed. A second measure embeds the originals (a
 * photo without a display copy), to show what that costs.
 *
 *   npx tsx bench/run.ts minutesExport
 */
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultMinutesOptions } from '../shared/documents/minutes/minutesOptions';
import type { Media } from '../shared/model/media';
import type { Session } from '../shared/model/session';
import { gennevilliersHalfDay, SAMPLE_ID } from '../shared/testing/gennevilliersHalfDay';
import { generateRegistrants } from '../tests/fixtures/imports/registrants';
import { createAppServices } from '../electron/services/app';
import {
  flipchartJpeg,
  writeSessionFolder,
} from '../electron/services/exporters/testing/samplePhotos';
import { callHandler } from '../electron/services/handlers';
import { MEDIA_FOLDER } from '../electron/services/sessionStore/sessionFile';
import { median, ms, table } from './stats';

const runs = 5;
const targetMs = 1000;

/** The Gennevilliers session scaled up: 300 people, 3,000 notes, 20 photos. */
function largeMinutesSession(withDisplayCopies: boolean): Session {
  const base = gennevilliersHalfDay();
  const participants = generateRegistrants(300, 11).map((r, i) => ({
    ...base.participants[0]!,
    id: `p${i}`,
    lastName: r.lastName,
    firstName: r.firstName,
    organisation: r.organisation,
    role: r.role,
    attendance: i % 17 === 0 ? ('absent' as const) : ('present' as const),
  }));
  const template = base.notes.filter((n) => n.boardId === 'composantes');
  const notes = [
    ...base.notes.filter((n) => n.boardId === 'mots-cles'),
    ...Array.from({ length: 3000 }, (_, i) => ({
      ...template[i % template.length]!,
      id: `n${i}`,
      text: `${template[i % template.length]!.text} — idée ${i + 1}`,
      votes: (i * 7) % 13,
    })),
  ];
  const media: Media[] = Array.from({ length: 20 }, (_, i) => ({
    ...base.media[i % base.media.length]!,
    id: `photo${i}`,
    file: `photo-${i}.jpg`,
    displayFile: withDisplayCopies ? `photo-${i}.display.jpg` : null,
    caption: `Paperboard ${i + 1}`,
    rotation: 0,
    width: withDisplayCopies ? DISPLAY_WIDTH : 2000,
    height: withDisplayCopies ? DISPLAY_HEIGHT : 1500,
  }));
  const groups = base.groupings.map((g) => ({
    ...g,
    rounds: g.rounds.map((r) => ({
      groups: Array.from({ length: 60 }, (_, k) => ({
        ...r.groups[0]!,
        id: `${g.id}-${k}`,
        name: `Table ${k + 1}`,
        memberIds: participants.filter((_, i) => i % 60 === k).map((p) => p.id),
        hostId: null,
      })),
    })),
  }));
  return { ...base, participants, notes, media, groupings: groups };
}

const DISPLAY_WIDTH = 1600;
const DISPLAY_HEIGHT = 1200;

/** 20 different JPEGs: one real photo, each copy marked by its own comment segment. */
function photos(photo: Buffer): Buffer[] {
  return Array.from({ length: 20 }, (_, i) => {
    const comment = Buffer.from(`Atelier photo ${i}`.padEnd(16, ' '));
    const segment = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      u16(Math.min(comment.length + 2, 65535)),
      comment.subarray(0, 65533),
    ]);
    return Buffer.concat([photo.subarray(0, 2), segment, photo.subarray(2)]);
  });
}

const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);

type Measured = { first: number; timings: number[]; sizeMb: number };

/** Exports the large session's minutes once to warm up, then `runs` times. */
async function measure(root: string, withDisplayCopies: boolean): Promise<Measured> {
  const library = path.join(root, withDisplayCopies ? 'Atelier' : 'Atelier-originaux');
  const folder = await writeSessionFolder(library, largeMinutesSession(withDisplayCopies));
  const media = path.join(folder, MEDIA_FOLDER);
  await Promise.all(
    originals.map((bytes, i) => fs.writeFile(path.join(media, `photo-${i}.jpg`), bytes)),
  );
  if (withDisplayCopies)
    await Promise.all(
      displays.map((bytes, i) => fs.writeFile(path.join(media, `photo-${i}.display.jpg`), bytes)),
    );
  const app = createAppServices({
    configDir: path.join(root, `config-${withDisplayCopies}`),
    defaultLibraryPath: library,
    platform: { shell: 'browser', version: 'bench' },
  });
  const once = async () => {
    const started = performance.now();
    const result = await callHandler(
      app.handlers,
      'export.create',
      { id: SAMPLE_ID, document: { kind: 'minutes', options: defaultMinutesOptions } },
      { clientId: 'bench' },
    );
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return { elapsed, path: (result.value as { path: string }).path };
  };
  const first = await once();
  const timings: number[] = [];
  for (let i = 0; i < runs; i += 1) timings.push((await once()).elapsed);
  const sizeMb = (await fs.stat(first.path)).size / 1024 / 1024;
  await app.shutdown();
  return { first: first.elapsed, timings, sizeMb };
}

const originals = photos(flipchartJpeg(2000, 1500, { grain: 90, quality: 92 }));
// What the window's canvas makes at import: at most 1,600 px, JPEG.
const displays = photos(flipchartJpeg(DISPLAY_WIDTH, DISPLAY_HEIGHT, { grain: 90, quality: 85 }));
const mb = (files: Buffer[]) => files.reduce((sum, f) => sum + f.length, 0) / 1024 / 1024;

export async function run(): Promise<string> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-minutes-'));
  try {
    const asImported = await measure(root, true);
    const originalsOnly = await measure(root, false);
    const m = median(asImported.timings);
    return [
      `Minutes of 300 participants, 3,000 notes, 20 photos of ${(mb(originals) / 20).toFixed(1)} MB (display copies ${(mb(displays) / 20).toFixed(2)} MB): export.create, median of ${runs}`,
      table(
        ['measure', 'time', '.docx', 'target'],
        [
          ['first export in the process (wasm compile)', ms(asImported.first), '', '—'],
          [
            `photos as imported (display copies): median of ${runs}`,
            ms(m),
            `${asImported.sizeMb.toFixed(1)} MB`,
            m < targetMs ? `ok (< ${targetMs} ms)` : `TOO SLOW (≥ ${targetMs} ms)`,
          ],
          ['photos as imported: slowest', ms(Math.max(...asImported.timings)), '', '—'],
          [
            `originals embedded (no display copy): median of ${runs}`,
            ms(median(originalsOnly.timings)),
            `${originalsOnly.sizeMb.toFixed(1)} MB`,
            '—',
          ],
        ],
      ),
    ].join('\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
