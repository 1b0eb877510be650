/**
 * Export of the minutes of a large seminar: 300 participants, 3,000 notes with votes, keywords,
 * 20 photos of 2 MB (JPEG), through `export.create` as the app runs it: read the session,
 * build the document model, read the photos, draw the word cloud, write the .docx, save it
 * next to the session. Target: median < 1 s on the 2-core machine (median of 5, after a
 * warm-up that also pays resvg's one-off WebAssembly compilation, reported apart).
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
function largeMinutesSession(): Session {
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
    caption: `Paperboard ${i + 1}`,
    rotation: 0,
    width: 2400,
    height: 1800,
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

/** 20 different 2 MB JPEGs: one real photo, each copy marked by its own comment segment. */
function photos(): Buffer[] {
  const photo = flipchartJpeg(2000, 1500, { grain: 90, quality: 92 });
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

export async function run(): Promise<string> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-minutes-'));
  try {
    const library = path.join(root, 'Atelier');
    const session = largeMinutesSession();
    const folder = await writeSessionFolder(library, session);
    const files = photos();
    await Promise.all(
      files.map((bytes, i) =>
        fs.writeFile(path.join(folder, MEDIA_FOLDER, `photo-${i}.jpg`), bytes),
      ),
    );
    const app = createAppServices({
      configDir: path.join(root, 'config'),
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
    const size = (await fs.stat(first.path)).size;
    await app.shutdown();
    const m = median(timings);
    const photoMb = files.reduce((sum, f) => sum + f.length, 0) / 1024 / 1024;
    return [
      `Minutes of 300 participants, 3,000 notes, 20 photos (${photoMb.toFixed(0)} MB of JPEG): export.create, median of ${runs}`,
      table(
        ['measure', 'time', 'target'],
        [
          ['first export in the process (wasm compile)', ms(first.elapsed), '—'],
          [
            `median of ${runs}`,
            ms(m),
            m < targetMs ? `ok (< ${targetMs} ms)` : `TOO SLOW (≥ ${targetMs} ms)`,
          ],
          ['slowest', ms(Math.max(...timings)), '—'],
          ['.docx size', `${(size / 1024 / 1024).toFixed(1)} MB`, '—'],
        ],
      ),
    ].join('\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
