import { buffer } from 'node:stream/consumers';
import { crc32 } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { flipchartJpeg } from '../exporters/testing/samplePhotos';
import { zipParts } from './zipWrite';

const photo = flipchartJpeg(400, 300);
const xml = new TextEncoder().encode(
  `<w:document>${'<w:p><w:t>Prochains petits pas : réunir les acteurs</w:t></w:p>'.repeat(500)}</w:document>`,
);
const modified = new Date(2025, 1, 4, 12, 31, 58);

async function readBack(zip: Buffer) {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true, validateEntrySizes: true });
  const entries = [];
  for await (const entry of file.eachEntry()) {
    const data = await buffer(await file.openReadStreamPromise(entry));
    entries.push({ entry, data });
  }
  return entries;
}

describe('zipParts', () => {
  const zip = zipParts([
    { name: 'word/document.xml', data: xml, mtime: modified },
    { name: 'word/media/Paperboard — Table 3 été.jpg', data: photo, store: true },
    { name: 'vide.txt', data: new Uint8Array(0) },
  ]);

  it('writes a classic zip any reader opens: names, bytes, CRC, dates', async () => {
    const entries = await readBack(zip);
    expect(entries.map((e) => e.entry.fileName)).toEqual([
      'word/document.xml',
      'word/media/Paperboard — Table 3 été.jpg',
      'vide.txt',
    ]);
    for (const [{ entry, data }, original] of entries.map(
      (e, i) => [e, [xml, photo, []][i]!] as const,
    )) {
      expect(Buffer.compare(data, Buffer.from(original))).toBe(0);
      expect(entry.crc32).toBe(crc32(data));
      // Sizes and CRC are in the local header too: no data descriptor (general purpose bit 3).
      expect(entry.generalPurposeBitFlag & 0x08).toBe(0);
    }
    expect(entries[0]!.entry.getLastModDate().getTime()).toBe(modified.getTime());
    // fflate, which the tests use to look inside documents, reads it the same.
    expect(strFromU8(unzipSync(zip)['word/document.xml']!)).toContain('réunir les acteurs');
  });

  it('deflates text and stores pictures as they are', async () => {
    const [text, picture] = await readBack(zip);
    expect(text!.entry.compressionMethod).toBe(8);
    expect(text!.entry.compressedSize).toBeLessThan(xml.length / 10);
    expect(picture!.entry.compressionMethod).toBe(0);
    expect(picture!.entry.compressedSize).toBe(photo.length);
  });
});
