/**
 * Session archives end to end through the contract handlers: a round trip with photos into an
 * empty library, a second import as a copy, and hostile archives (made here, byte by byte where
 * a zip tool would refuse to write them) refused with nothing written anywhere.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSessionText } from '../../../shared/model/parseSession';
import { participant } from '../../../shared/testing/sampleSession';
import { createAppServices } from '../app';
import { callHandler } from '../handlers';
import { useTempFolder } from '../testing/tempFolder';
import { importArchive } from './importArchive';
import { archivePathsIn, openArchiveFile } from './openArchiveFile';
import { Library } from '../library/library';
import { systemClock } from '../clock';

const tempFolder = useTempFolder();

function atelier(root: string) {
  const library = path.join(root, 'Documents', 'Atelier');
  const app = createAppServices({
    configDir: path.join(root, 'config'),
    defaultLibraryPath: library,
    platform: { shell: 'browser', version: 'test' },
  });
  const call = (name: string, input: unknown) =>
    callHandler(app.handlers, name, input, { clientId: 'test' });
  const value = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await call(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const importBytes = (bytes: Uint8Array, fileName = 'séance.atelier') =>
    call('archive.import', { fileName, data: Buffer.from(bytes).toString('base64') });
  return { app, call, value, importBytes, library };
}

/** A flipchart "photo": bytes that do not compress, as a JPEG's do not. */
function photo(seed: string, size = 200_000): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; chunks.length * 32 < size; i++)
    chunks.push(createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), ...chunks]).subarray(0, size);
}

async function seminarWithPhotos(a: ReturnType<typeof atelier>) {
  const { id } = await a.value<{ id: string }>('library.create', {
    templateId: 'seminaire-demi-journee',
    header: { title: 'Renforcer les coopérations éducatives', date: '2025-02-04' },
  });
  await a.value('session.open', { id });
  const media = ['groupe-1-paperboard.jpg', 'groupe-2-paperboard.jpg'].map((file, i) => ({
    id: `photo${i + 1}`,
    file,
    mime: 'image/jpeg',
    caption: `Paperboard du groupe ${i + 1} — « Nos plus beaux exemples de coopération »`,
    width: 4032,
    height: 3024,
    createdAt: '2025-02-04T10:40:00.000Z',
  }));
  await a.value('session.apply', {
    id,
    clientId: 'test',
    op: {
      type: 'history.restore',
      fields: { place: 'Espace Saâd-Abssi, Gennevilliers' },
      collections: {
        participants: {
          upsert: [
            participant('p1', 'Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'),
            participant('p2', 'N’Diaye', 'Fatoumata', 'Centre social Les Oliviers', 'Association'),
          ],
          remove: [],
        },
        media: { upsert: media, remove: [] },
      },
      at: '2025-02-04T10:45:00.000Z',
    },
  });
  await a.value('session.close', { id });
  const folder = path.join(a.library, (await fs.readdir(a.library))[0]!);
  for (const m of media) await fs.writeFile(path.join(folder, 'media', m.file), photo(m.file));
  return { id, folder };
}

/** Every file under `root`, with a hash of its content: to prove nothing was written. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  async function walk(dir: string) {
    for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, entry.name);
      const key = path.relative(root, full);
      if (entry.isDirectory()) {
        found[`${key}/`] = 'dir';
        await walk(full);
      } else if (entry.isSymbolicLink()) found[key] = `-> ${await fs.readlink(full)}`;
      else
        found[key] = createHash('sha256')
          .update(await fs.readFile(full))
          .digest('hex');
    }
  }
  await walk(root);
  return found;
}

const validSession = JSON.stringify({
  schemaVersion: 1,
  id: 'seance-liévin'.replace('é', 'e'),
  title: 'World café de Liévin',
  createdAt: '2025-03-11T08:00:00.000Z',
  modifiedAt: '2025-03-11T12:00:00.000Z',
});

/** Sets an entry's sizes in the central directory, where a reader learns them. */
function declareSizes(zip: Uint8Array, name: string, uncompressed: number): Uint8Array {
  const bytes = Buffer.from(zip);
  const encoded = Buffer.from(name);
  for (let i = 0; i < bytes.length - 46; i++) {
    if (bytes.readUInt32LE(i) !== 0x02014b50) continue;
    const nameLength = bytes.readUInt16LE(i + 28);
    if (bytes.subarray(i + 46, i + 46 + nameLength).equals(encoded)) {
      bytes.writeUInt32LE(uncompressed, i + 24);
      return bytes;
    }
  }
  throw new Error(`no entry ${name}`);
}

const withSession = (files: Zippable): Zippable => ({
  'session.json': strToU8(validSession),
  ...files,
});

describe('session archives', () => {
  it('round trip: a session with photos, exported then imported in an empty library, is identical', async () => {
    const laptopA = atelier(tempFolder());
    const { id, folder } = await seminarWithPhotos(laptopA);
    const exported = await laptopA.value<{ path: string; fileName: string; downloadId: string }>(
      'archive.export',
      { id },
    );
    expect(exported.fileName).toBe(
      'Séance - Renforcer les coopérations éducatives - 2025-02-04.atelier',
    );
    expect(laptopA.app.downloads.get(exported.downloadId)?.path).toBe(exported.path);
    const archive = await fs.readFile(exported.path);

    const laptopB = atelier(tempFolder());
    const imported = await laptopB.importBytes(archive);
    expect(imported).toEqual({
      ok: true,
      value: { id, title: 'Renforcer les coopérations éducatives', asCopy: false },
    });
    const [copyFolder] = await fs.readdir(laptopB.library);
    expect(copyFolder).toBe('2025-02-04 Renforcer les coopérations éducatives');
    const original = parseSessionText(await fs.readFile(path.join(folder, 'session.json'), 'utf8'));
    const copy = parseSessionText(
      await fs.readFile(path.join(laptopB.library, copyFolder!, 'session.json'), 'utf8'),
    );
    expect(copy).toEqual(original);
    expect(copy.kind === 'ok' && copy.session.participants.map((p) => p.lastName)).toEqual([
      'Benali',
      'N’Diaye',
    ]);
    for (const file of ['groupe-1-paperboard.jpg', 'groupe-2-paperboard.jpg'])
      expect(
        (await fs.readFile(path.join(laptopB.library, copyFolder!, 'media', file))).equals(
          await fs.readFile(path.join(folder, 'media', file)),
        ),
      ).toBe(true);
    // Only the session and its photos travel: no backups, no lock, no documents.
    expect(await fs.readdir(path.join(laptopB.library, copyFolder!))).toEqual([
      'media',
      'session.json',
    ]);
    const opened = await laptopB.value<{ session: { id: string } }>('session.open', { id });
    expect(opened.session.id).toBe(id);
    await laptopA.app.shutdown();
    await laptopB.app.shutdown();
  });

  it('importing a session the library already has makes a new copy and leaves the original alone', async () => {
    const laptop = atelier(tempFolder());
    const { id, folder } = await seminarWithPhotos(laptop);
    const { path: archivePath } = await laptop.value<{ path: string }>('archive.export', { id });
    const before = await fs.readFile(path.join(folder, 'session.json'));
    const imported = await laptop.importBytes(await fs.readFile(archivePath));
    expect(imported).toMatchObject({
      ok: true,
      value: { asCopy: true, title: 'Renforcer les coopérations éducatives (copie importée)' },
    });
    const copyId = (imported as { value: { id: string } }).value.id;
    expect(copyId).not.toBe(id);
    expect((await fs.readFile(path.join(folder, 'session.json'))).equals(before)).toBe(true);
    const list = await laptop.value<{ id: string; folder: string }[]>('library.list', {});
    expect(list.map((s) => s.id).sort()).toEqual([id, copyId].sort());
    expect(list.map((s) => s.folder).sort()).toEqual([
      '2025-02-04 Renforcer les coopérations éducatives',
      '2025-02-04 Renforcer les coopérations éducatives (copie importée)',
    ]);
    await laptop.app.shutdown();
  });

  const symlink = { os: 3, attrs: (0o120777 << 16) >>> 0 };
  const hostile: [string, () => Uint8Array, string, Record<string, unknown>?][] = [
    [
      'zip-slip',
      () => zipSync(withSession({ '../evil.txt': strToU8('pwned') })),
      'archive.unsafeEntry',
      { entry: '../evil.txt' },
    ],
    [
      'zip-slip inside media',
      () => zipSync(withSession({ 'media/../../evil.txt': strToU8('x') })),
      'archive.unsafeEntry',
    ],
    [
      'absolute path',
      () => zipSync(withSession({ '/tmp/evil.txt': strToU8('x') })),
      'archive.unsafeEntry',
    ],
    [
      'drive path',
      () => zipSync(withSession({ 'C:/Windows/evil.txt': strToU8('x') })),
      'archive.unsafeEntry',
    ],
    [
      'backslashes',
      () => zipSync(withSession({ 'media\\..\\..\\evil.txt': strToU8('x') })),
      'archive.unsafeEntry',
    ],
    [
      'symbolic link',
      () => zipSync(withSession({ 'media/photo.jpg': [strToU8('/etc/passwd'), symlink] })),
      'archive.unsafeEntry',
      { entry: 'media/photo.jpg' },
    ],
    [
      'names differing by case',
      () => zipSync({ 'session.json': strToU8(validSession), 'SESSION.JSON': strToU8('{}') }),
      'archive.unsafeEntry',
    ],
    [
      'more than 10,000 entries',
      () =>
        zipSync(
          withSession(
            Object.fromEntries(
              Array.from({ length: 10_001 }, (_, i) => [`media/p${i}.jpg`, strToU8('')]),
            ),
          ),
        ),
      'archive.tooManyEntries',
    ],
    [
      'more than 2 GB declared',
      () =>
        declareSizes(
          zipSync(withSession({ 'media/bombe.jpg': [new Uint8Array(1000), { level: 9 }] })),
          'media/bombe.jpg',
          0xf0000000,
        ),
      'archive.tooBigUncompressed',
      { maxMb: 2048 },
    ],
    [
      'inflating beyond its declared size',
      () =>
        declareSizes(
          zipSync(withSession({ 'media/bombe.jpg': [new Uint8Array(5_000_000), { level: 9 }] })),
          'media/bombe.jpg',
          1000,
        ),
      'archive.damaged',
      { entry: 'media/bombe.jpg' },
    ],
    [
      'no session.json',
      () => zipSync({ 'media/a.jpg': photo('a', 1000) }),
      'archive.missingSession',
    ],
    [
      'session.json failing validation',
      () => zipSync({ 'session.json': strToU8('{"schemaVersion":1,"id":"../../etc","title":42}') }),
      'archive.invalidSession',
    ],
    [
      'session.json not JSON',
      () => zipSync({ 'session.json': strToU8('<html>') }),
      'archive.invalidSession',
    ],
    [
      'a newer schema',
      () =>
        zipSync({
          'session.json': strToU8(validSession.replace('"schemaVersion":1', '"schemaVersion":99')),
        }),
      'archive.newerSchema',
    ],
    [
      'not a zip at all',
      () => strToU8('PK\u0003\u0004 pas vraiment une archive'),
      'archive.notAnArchive',
    ],
    ['an empty file', () => new Uint8Array(0), 'archive.notAnArchive'],
  ];

  it.each(hostile)(
    'refuses %s, with nothing written in or outside the library',
    async (_name, make, code, details) => {
      const root = tempFolder();
      const laptop = atelier(root);
      const { id } = await laptop.value<{ id: string }>('library.create', {
        templateId: null,
        header: { title: 'Séance déjà là' },
      });
      await fs.writeFile(path.join(root, 'sentinelle.txt'), 'ne pas toucher');
      const before = await snapshot(root);
      const result = await laptop.importBytes(make());
      expect(result).toMatchObject({ ok: false, error: { code, ...(details ? { details } : {}) } });
      expect(await snapshot(root)).toEqual(before);
      expect((await laptop.value<{ id: string }[]>('library.list', {})).map((s) => s.id)).toEqual([
        id,
      ]);
      await laptop.app.shutdown();
    },
  );

  it('refuses an archive larger than the limit before reading it', async () => {
    const root = tempFolder();
    const library = new Library(path.join(root, 'Atelier'), systemClock);
    const result = await importArchive(zipSync(withSession({ 'media/a.jpg': photo('a', 3000) })), {
      library,
      isKnownId: async () => false,
      newId: () => 'nouvel-id',
      copyTitle: (title) => `${title} (copie importée)`,
      limits: {
        maxArchiveBytes: 2000,
        maxEntries: 10,
        maxUncompressedBytes: 10_000,
        maxSessionJsonBytes: 1000,
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'archive.tooLarge' } });
    expect(await fs.readdir(path.join(root, 'Atelier'))).toEqual([]);
  });

  it('ignores what is not the session’s, and keeps the photos it lists', async () => {
    const laptop = atelier(tempFolder());
    const result = await laptop.importBytes(
      zipSync(
        withSession({
          'media/': new Uint8Array(0),
          'media/tableau.png': photo('t', 5000),
          '__MACOSX/._session.json': strToU8('métadonnées'),
          '.backups/session-20250101T000000000Z.json': strToU8('{}'),
        }),
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      value: { title: 'World café de Liévin', asCopy: false },
    });
    const [folder] = await fs.readdir(laptop.library);
    expect(await fs.readdir(path.join(laptop.library, folder!))).toEqual(['media', 'session.json']);
    expect(await fs.readdir(path.join(laptop.library, folder!, 'media'))).toEqual(['tableau.png']);
    await laptop.app.shutdown();
  });
});

describe('opening a .atelier file from the system (Electron)', () => {
  it('finds archives among launch arguments', () => {
    expect(
      archivePathsIn([
        '--allow-file-access-from-files',
        '/home/aicha/Téléchargements/Séance - World café.atelier',
        'C:\\Users\\Jérôme\\Bureau\\SEANCE.ATELIER',
        'notes.txt',
      ]),
    ).toEqual([
      '/home/aicha/Téléchargements/Séance - World café.atelier',
      'C:\\Users\\Jérôme\\Bureau\\SEANCE.ATELIER',
    ]);
  });

  it('imports the file through archive.import and tells the windows where it went', async () => {
    const root = tempFolder();
    const laptop = atelier(root);
    const file = path.join(root, 'Séance reçue.atelier');
    await fs.writeFile(file, zipSync(withSession({ 'media/photo.jpg': photo('p', 1000) })));
    const opened: unknown[] = [];
    laptop.app.events.subscribe(
      (name, payload) => name === 'archive.opened' && opened.push(payload),
    );
    const result = await openArchiveFile(laptop.app, file);
    expect(result).toMatchObject({ ok: true, value: { title: 'World café de Liévin' } });
    expect(opened).toEqual([(result as { value: unknown }).value]);
    expect(await openArchiveFile(laptop.app, path.join(root, 'absente.atelier'))).toMatchObject({
      ok: false,
      error: { code: 'import.fileUnreadable' },
    });
    await laptop.app.shutdown();
  });
});
