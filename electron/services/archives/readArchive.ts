/**
 * Reads a session archive that may have been crafted to harm: every entry is checked in the
 * central directory before a byte is inflated, and sizes are counted again while inflating.
 *
 * Refused, with nothing written outside `staging`: names that leave the archive (`..`, absolute
 * or drive paths, backslashes, NUL), symbolic links and other special files, duplicate names
 * (also when only their case differs), encrypted entries, more than `maxEntries` entries, more
 * than `maxUncompressedBytes` once inflated — as declared, and as actually inflated (an entry
 * inflating beyond its declared size is refused at that byte) — and an archive without
 * `session.json`. Only `session.json` (read into memory) and `media/<name>` files whose names
 * the model accepts are extracted; anything else in the zip is ignored.
 *
 * yauzl (by the author of the zip-slip advisories' reference checks) parses the zip; its own
 * name validation and size assertions run too, as a second line.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { archiveLimits, type ArchiveLimits } from '../../../shared/contracts/archives';
import { mediaFileNameSchema } from '../../../shared/model/media';
import { AppFailure, fail, ok, type Result } from '../../../shared/result';
import { MEDIA_FOLDER, SESSION_FILE } from '../sessionStore/sessionFile';
import { toMb } from './writeArchive';

export type ExtractedArchive = { sessionText: string; mediaFiles: string[] };

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

type Planned = { entry: Entry; name: string; kind: 'session' | 'media' | 'skip' };

/** Extracts into `staging` (an empty folder the caller removes afterwards, whatever happens). */
export async function extractArchive(
  bytes: Uint8Array,
  staging: string,
  limits: ArchiveLimits = archiveLimits,
): Promise<Result<ExtractedArchive>> {
  if (bytes.length > limits.maxArchiveBytes)
    return fail('archive.tooLarge', {
      sizeMb: toMb(bytes.length),
      maxMb: toMb(limits.maxArchiveBytes),
    });
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch {
    return fail('archive.notAnArchive');
  }
  try {
    if (zip.entryCount > limits.maxEntries) return fail('archive.tooManyEntries');
    const planned = await plan(zip, limits);
    if (!planned.ok) return planned;
    const session = planned.value.find((p) => p.kind === 'session');
    if (!session) return fail('archive.missingSession');
    if (session.entry.uncompressedSize > limits.maxSessionJsonBytes)
      return fail('archive.tooBigUncompressed', { maxMb: toMb(limits.maxSessionJsonBytes) });

    const budget = { left: limits.maxUncompressedBytes, maxMb: toMb(limits.maxUncompressedBytes) };
    await fs.mkdir(path.join(staging, MEDIA_FOLDER), { recursive: true });
    let sessionText = '';
    const mediaFiles: string[] = [];
    for (const item of planned.value) {
      if (item.kind === 'skip') continue;
      const stream = await openEntry(zip, item);
      const counted = countBytes(item, budget);
      if (item.kind === 'session') {
        sessionText = await readText(stream, counted, item);
      } else {
        const target = path.join(staging, MEDIA_FOLDER, item.name.slice(MEDIA_FOLDER.length + 1));
        // `wx`: never replaces nor follows anything already there.
        await guard(item, pipeline(stream, counted, createWriteStream(target, { flags: 'wx' })));
        mediaFiles.push(path.basename(target));
      }
    }
    return ok({ sessionText, mediaFiles });
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.details);
    throw error;
  } finally {
    zip.close();
  }
}

/** The central directory, checked whole before anything is inflated. */
async function plan(zip: ZipFile, limits: ArchiveLimits): Promise<Result<Planned[]>> {
  const planned: Planned[] = [];
  const seen = new Set<string>();
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (planned.length >= limits.maxEntries) return fail('archive.tooManyEntries');
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        true,
      );
      if (unsafeName(name) || isSpecialFile(entry)) return unsafe(name);
      const key = name.replace(/\/+$/, '').normalize('NFC').toLowerCase();
      if (seen.has(key)) return unsafe(name);
      seen.add(key);
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes)
        return fail('archive.tooBigUncompressed', { maxMb: toMb(limits.maxUncompressedBytes) });
      if (entry.isEncrypted()) return fail('archive.damaged', { entry: shown(name) });
      planned.push({ entry, name, kind: kindOf(name) });
    }
  } catch {
    // A central directory that cannot be read to its end: not an archive Atelier wrote.
    return fail('archive.notAnArchive');
  }
  return ok(planned);
}

function unsafeName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.includes('\0')) return true;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  if (name.split('/').includes('..')) return true;
  return yauzl.validateFileName(name) !== null;
}

/** Unix file type in the high bits: only regular files and folders (or none, from Windows). */
function isSpecialFile(entry: Entry): boolean {
  const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
  return type !== 0 && type !== S_IFREG && type !== S_IFDIR;
}

function kindOf(name: string): Planned['kind'] {
  if (name === SESSION_FILE) return 'session';
  const [folder, file, ...rest] = name.split('/');
  if (
    folder === MEDIA_FOLDER &&
    file &&
    rest.length === 0 &&
    mediaFileNameSchema.safeParse(file).success
  )
    return 'media';
  return 'skip';
}

function unsafe(name: string): Result<never> {
  return fail('archive.unsafeEntry', { entry: shown(name) });
}

/** An entry's name as it may appear in a message: printable, short. */
function shown(name: string): string {
  const printable = name.replace(/[\p{Cc}\p{Cf}]/gu, '?');
  return printable.length > 80 ? `${printable.slice(0, 77)}…` : printable;
}

async function openEntry(zip: ZipFile, item: Planned): Promise<Readable> {
  try {
    return await zip.openReadStreamPromise(item.entry);
  } catch {
    throw new AppFailure('archive.damaged', { entry: shown(item.name) });
  }
}

/** Counts what actually inflates: past the entry's declared size or the budget, it stops. */
function countBytes(item: Planned, budget: { left: number; maxMb: number }): Transform {
  let entryBytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      entryBytes += chunk.length;
      budget.left -= chunk.length;
      if (budget.left < 0)
        return callback(new AppFailure('archive.tooBigUncompressed', { maxMb: budget.maxMb }));
      if (entryBytes > item.entry.uncompressedSize)
        return callback(new AppFailure('archive.damaged', { entry: shown(item.name) }));
      callback(null, chunk);
    },
  });
}

async function readText(stream: Readable, counted: Transform, item: Planned): Promise<string> {
  const chunks: Buffer[] = [];
  counted.on('data', (chunk: Buffer) => chunks.push(chunk));
  await guard(item, pipeline(stream, counted));
  return Buffer.concat(chunks).toString('utf8');
}

/** Stream failures keep their own code when we raised them; others mean a damaged entry. */
async function guard(item: Planned, running: Promise<void>): Promise<void> {
  try {
    await running;
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('archive.damaged', { entry: shown(item.name) });
  }
}
