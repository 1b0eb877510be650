/**
 * Writes a zip (a .docx, an .atelier archive) from parts in memory, with Node's own zlib: the
 * CRC-32 and the deflate are native. fflate's `zipSync` computes every CRC in JavaScript, which
 * for the 20 MB of photos of a large seminar's minutes was a fifth of the export's second.
 *
 * Classic zip only, as Word and every reader expect: sizes and CRC in each local header (no data
 * descriptor), UTF-8 names flagged, no zip64 — a part or the whole over 4 GB is refused, far
 * beyond what Atelier writes (archives stop at `archiveLimits`).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export type ZipPart = {
  name: string;
  data: Uint8Array;
  /** Stored as is (pictures, already compressed) rather than deflated. */
  store?: boolean;
  /** Shown by zip tools; default: now. */
  mtime?: Date;
};

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20; // 2.0: deflate, folders
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
const MAX_32 = 0xffffffff;

export function zipParts(parts: readonly ZipPart[]): Buffer {
  if (parts.length > 0xffff) throw new RangeError('zip: too many parts for a classic zip');
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const body = part.store ? part.data : deflateRawSync(part.data, { level: 6 });
    if (part.data.length > MAX_32 || offset > MAX_32)
      throw new RangeError('zip: over 4 GB, which a classic zip cannot hold');
    const fields = {
      method: part.store ? STORED : DEFLATED,
      ...dosTime(part.mtime ?? new Date()),
      crc: crc32(part.data),
      compressedSize: body.length,
      size: part.data.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    writeCommon(local, 6, fields, name.length);
    chunks.push(local, name, body);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL_HEADER, 0);
    entry.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes, version 2.0
    entry.writeUInt16LE(VERSION, 6);
    writeCommon(entry, 8, fields, name.length);
    // Extra field, comment, disk and attributes stay 0.
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  if (offset + directory.length > MAX_32)
    throw new RangeError('zip: over 4 GB, which a classic zip cannot hold');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

type Fields = {
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
};

/** The fields local and central headers share, from `flags` on, in the same order. */
function writeCommon(header: Buffer, at: number, fields: Fields, nameLength: number): void {
  header.writeUInt16LE(UTF8_NAMES, at);
  header.writeUInt16LE(fields.method, at + 2);
  header.writeUInt16LE(fields.time, at + 4);
  header.writeUInt16LE(fields.date, at + 6);
  header.writeUInt32LE(fields.crc, at + 8);
  header.writeUInt32LE(fields.compressedSize, at + 12);
  header.writeUInt32LE(fields.size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}

/** MS-DOS date and time, local time, two-second steps, from 1980. */
function dosTime(when: Date): { time: number; date: number } {
  const year = Math.min(Math.max(when.getFullYear(), 1980), 2107);
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}
