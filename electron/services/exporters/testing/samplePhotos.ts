/**
 * Real JPEG photos for tests and benchmarks, drawn in pure JS (jpeg-js): a flipchart sheet with
 * rows of coloured sticky notes, a little grain, as a phone would take it. Deterministic.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { encode } from 'jpeg-js';
import type { Session } from '../../../../shared/model/session';
import { samplePhotoMedia } from '../../../../shared/testing/gennevilliersHalfDay';
import { sessionFolderName } from '../../library/folderName';
import { encodeOpaquePng } from '../png';
import { MEDIA_FOLDER, SESSION_FILE, serializeSession } from '../../sessionStore/sessionFile';

const notes = [
  [250, 214, 80],
  [140, 200, 240],
  [245, 160, 180],
  [170, 225, 150],
  [250, 180, 100],
];

/** A flipchart photo `width` × `height`; `grain` adds noise (and bytes: 2 MB needs plenty). */
export function flipchartJpeg(
  width: number,
  height: number,
  options: { seed?: number; grain?: number; quality?: number } = {},
): Buffer {
  const { seed = 1, grain = 10, quality = 85 } = options;
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const data = Buffer.alloc(width * height * 4);
  const cols = 5;
  const rows = 4;
  const noteW = Math.floor(width / (cols + 1.5));
  const noteH = Math.floor(height / (rows + 2));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      // The sheet: off-white paper, a little darker towards the edges (the light of a room).
      const edge = Math.min(x, y, width - x, height - y) / Math.min(width, height);
      let [r, g, b] = [236, 234, 226].map((c) => c - (edge < 0.05 ? 40 * (1 - edge / 0.05) : 0));
      const col = Math.floor((x - noteW * 0.5) / (noteW * 1.1));
      const row = Math.floor((y - noteH * 1.2) / (noteH * 1.15));
      const inX = (x - noteW * 0.5) % (noteW * 1.1) < noteW;
      const inY = (y - noteH * 1.2) % (noteH * 1.15) < noteH;
      if (col >= 0 && col < cols && row >= 0 && row < rows && inX && inY) {
        [r, g, b] = notes[(col + row + seed) % notes.length]!;
        // Handwriting: a few dark strokes across each note.
        const line = (y - noteH * 1.2 - row * noteH * 1.15) % (noteH / 4);
        if (line < 2 && (x + row * 7) % 23 < 15) [r, g, b] = [40, 40, 70];
      }
      const n = (random() - 0.5) * grain;
      const i = (y * width + x) * 4;
      data[i] = clamp(r! + n);
      data[i + 1] = clamp(g! + n);
      data[i + 2] = clamp(b! + n);
      data[i + 3] = 255;
    }
  }
  return encode({ data, width, height }, quality).data;
}

const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));

/** Writes the photos of `gennevilliersHalfDay()` into `mediaFolder`. */
export async function writeSamplePhotos(mediaFolder: string): Promise<void> {
  await fs.mkdir(mediaFolder, { recursive: true });
  await Promise.all(
    samplePhotoMedia.map((media, i) =>
      fs.writeFile(
        path.join(mediaFolder, media.file),
        flipchartJpeg(media.width, media.height, { seed: i + 1 }),
      ),
    ),
  );
}

/** Puts `session` in the library as the app would store it, with the sample photos; returns its folder. */
export async function writeSessionFolder(library: string, session: Session): Promise<string> {
  const folder = path.join(library, sessionFolderName(session.title, session.date));
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(path.join(folder, SESSION_FILE), serializeSession(session));
  await writeSamplePhotos(path.join(folder, MEDIA_FOLDER));
  return folder;
}

/**
 * An organiser's logo, 600 × 200 as a communication department sends one: a blue, white and red
 * band on the left, a navy block for the name on white. PNG, a few kB.
 */
export function organiserLogoPng(): Buffer {
  const width = 600;
  const height = 200;
  const rgba = new Uint8Array(width * height * 4).fill(255);
  const paint = (x0: number, x1: number, y0: number, y1: number, rgb: number[]) => {
    for (let y = y0; y < y1; y += 1)
      for (let x = x0; x < x1; x += 1) rgba.set(rgb, (y * width + x) * 4);
  };
  paint(20, 60, 20, 180, [0, 0, 145]);
  paint(100, 140, 20, 180, [225, 0, 15]);
  paint(170, 580, 60, 90, [30, 40, 90]);
  paint(170, 480, 110, 130, [30, 40, 90]);
  return encodeOpaquePng(rgba, width, height);
}
