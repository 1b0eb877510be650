import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEDIA_MAX_BYTES } from '../../../shared/contracts/media';
import type { Session } from '../../../shared/model/session';
import { writeDocx } from '../exporters/docxWriter';
import { loadMediaImage } from '../exporters/loadMediaImage';
import { testApp } from '../testing/testApp';
import { useTempFolder } from '../testing/tempFolder';
import { tinyPng } from '../testing/tinyPng';

const tempFolder = useTempFolder();
const at = '2025-02-04T10:40:00.000Z';
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A flipchart photo as a phone sends it: a JPEG header, then the picture (not decoded here). */
const phoneJpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10]),
  Buffer.from('Exif\0\0paperboard de la table 3'),
]);
const displayPng = tinyPng(16, 12, [250, 230, 120]);

async function openSession() {
  const { app, call, value } = testApp(tempFolder());
  const { id } = await value<{ id: string }>('library.create', {
    templateId: 'seminaire-demi-journee',
    header: { title: 'Renforcer les coopérations éducatives', date: '2025-02-04' },
  });
  await value('session.open', { id });
  const folder = app.store.folderOf(id)!;
  const media = () => fs.readdir(path.join(folder, 'media')).then((names) => names.sort());
  const session = () =>
    (app.store.get(id) as { ok: true; value: { session: Session } }).value.session;
  const record = (mediaId: string, stored: { file: string; displayFile: string; mime: string }) =>
    value('session.apply', {
      id,
      clientId: 'test',
      op: {
        type: 'media.add',
        media: {
          id: mediaId,
          sequenceId: session().agenda[3]!.id,
          boardId: null,
          ...stored,
          caption: 'Paperboard de la table 3 — vision commune',
          rotation: 0,
          width: 16,
          height: 12,
        },
        at,
      },
    });
  return { app, id, call, value, folder, media, session, record };
}

describe('photos', () => {
  it('stores the original and its display copy in media/, under names Atelier makes', async () => {
    const { id, value, media, folder, app } = await openSession();
    const stored = await value<{ file: string; displayFile: string; mime: string }>(
      'media.import',
      { id, mediaId: 'photo1', original: b64(phoneJpeg), display: b64(displayPng) },
    );
    expect(stored).toEqual({
      file: 'photo1.jpg',
      displayFile: 'photo1.display.png',
      mime: 'image/jpeg',
      bytes: phoneJpeg.length,
    });
    expect(await media()).toEqual(['photo1.display.png', 'photo1.jpg']);
    expect(await fs.readFile(path.join(folder, 'media', 'photo1.jpg'))).toEqual(phoneJpeg);
    await app.shutdown();
  });

  it('reads the display copy back, once the session records the photo', async () => {
    const { id, value, call, record, app } = await openSession();
    const stored = await value<{ file: string; displayFile: string; mime: string }>(
      'media.import',
      { id, mediaId: 'photo1', original: b64(phoneJpeg), display: b64(displayPng) },
    );
    expect(await call('media.read', { id, mediaId: 'photo1' })).toMatchObject({
      ok: false,
      error: { code: 'media.notFound' },
    });
    await record('photo1', stored);
    expect(await value('media.read', { id, mediaId: 'photo1' })).toEqual({
      mime: 'image/png',
      data: b64(displayPng),
    });
    await app.shutdown();
  });

  it('gives the minutes the display copy, which Word can embed', async () => {
    const { id, value, record, folder, session, app } = await openSession();
    const stored = await value<{ file: string; displayFile: string; mime: string }>(
      'media.import',
      { id, mediaId: 'photo1', original: b64(phoneJpeg), display: b64(displayPng) },
    );
    await record('photo1', stored);
    const image = await loadMediaImage(folder, session(), 'photo1');
    expect(image).toEqual({ data: displayPng, type: 'png' });
    const docx = await writeDocx(
      {
        title: 'Compte-rendu',
        header: '',
        footer: '',
        orientation: 'portrait',
        hasCover: false,
        language: 'fr-FR',
        blocks: [
          { kind: 'image', mediaId: 'photo1', widthMm: 160, heightMm: 120, caption: 'Table 3' },
        ],
      },
      (mediaId) => loadMediaImage(folder, session(), mediaId),
    );
    expect(Buffer.from(docx).includes(Buffer.from('word/media/'))).toBe(true);
    await app.shutdown();
  });

  it('keeps one display copy per turn, and keeps the first one made', async () => {
    const { id, value, record, media, folder, app } = await openSession();
    const stored = await value<{ file: string; displayFile: string; mime: string }>(
      'media.import',
      { id, mediaId: 'photo1', original: b64(phoneJpeg), display: b64(displayPng) },
    );
    await record('photo1', stored);
    const turned = tinyPng(12, 16, [250, 230, 120]);
    expect(
      await value('media.storeDisplay', {
        id,
        mediaId: 'photo1',
        rotation: 90,
        display: b64(turned),
      }),
    ).toEqual({ displayFile: 'photo1.display-90.png' });
    expect(
      await value('media.storeDisplay', {
        id,
        mediaId: 'photo1',
        rotation: 0,
        display: b64(tinyPng(16, 12, [0, 0, 0])),
      }),
    ).toEqual({ displayFile: 'photo1.display.png' });
    expect(await fs.readFile(path.join(folder, 'media', 'photo1.display.png'))).toEqual(displayPng);
    expect(await media()).toEqual(['photo1.display-90.png', 'photo1.display.png', 'photo1.jpg']);
    await app.shutdown();
  });

  it('refuses what is not a photo, a photo over 25 MB and a bad display copy, writing nothing', async () => {
    const { id, call, media, app } = await openSession();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>');
    expect(
      await call('media.import', {
        id,
        mediaId: 'x1',
        original: b64(pdf),
        display: b64(displayPng),
      }),
    ).toMatchObject({ ok: false, error: { code: 'media.notAnImage' } });
    const huge = Buffer.alloc(MEDIA_MAX_BYTES + 1);
    huge.set([0xff, 0xd8, 0xff]);
    expect(
      await call('media.import', {
        id,
        mediaId: 'x2',
        original: b64(huge),
        display: b64(displayPng),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'media.tooLarge', details: { sizeMb: 26, maxMb: 25 } },
    });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0')]);
    expect(
      await call('media.import', {
        id,
        mediaId: 'x3',
        original: b64(phoneJpeg),
        display: b64(heic),
      }),
    ).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(
      await call('media.import', { id, mediaId: 'x4', original: 'pas du base64 !', display: '' }),
    ).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(await media()).toEqual([]);
    await app.shutdown();
  });

  it('keeps HEIC originals from iPhones, shown through their display copy', async () => {
    const { id, value, app } = await openSession();
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1')]);
    expect(
      await value('media.import', {
        id,
        mediaId: 'iphone',
        original: b64(heic),
        display: b64(displayPng),
      }),
    ).toMatchObject({ file: 'iphone.heic', mime: 'image/heic', displayFile: 'iphone.display.png' });
    await app.shutdown();
  });

  it('never names a file from outside: ids that are paths are refused, an existing photo is kept', async () => {
    const { id, call, value, folder, app } = await openSession();
    expect(
      await call('media.import', {
        id,
        mediaId: '../session',
        original: b64(phoneJpeg),
        display: b64(displayPng),
      }),
    ).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    await value('media.import', {
      id,
      mediaId: 'photo1',
      original: b64(phoneJpeg),
      display: b64(displayPng),
    });
    expect(
      await call('media.import', {
        id,
        mediaId: 'photo1',
        original: b64(displayPng),
        display: b64(displayPng),
      }),
    ).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(await fs.readFile(path.join(folder, 'media', 'photo1.jpg'))).toEqual(phoneJpeg);
    await app.shutdown();
  });

  it('writes photos only into a session open for writing', async () => {
    const { id, call, app } = await openSession();
    await app.store.closeAll();
    expect(
      await call('media.import', {
        id,
        mediaId: 'p',
        original: b64(phoneJpeg),
        display: b64(displayPng),
      }),
    ).toMatchObject({ ok: false, error: { code: 'session.notOpen' } });
    await call('session.open', { id, readOnly: true });
    expect(
      await call('media.import', {
        id,
        mediaId: 'p',
        original: b64(phoneJpeg),
        display: b64(displayPng),
      }),
    ).toMatchObject({ ok: false, error: { code: 'session.readOnly' } });
    await app.shutdown();
  });
});
