import { afterEach, describe, expect, it, vi } from 'vitest';
import { preparePhoto } from './preparePhoto';

const heic = new Uint8Array([
  0,
  0,
  0,
  0x18,
  ...[...'ftypheic'].map((c) => c.charCodeAt(0)),
  0,
  0,
  0,
  0,
]);

afterEach(() => vi.unstubAllGlobals());

describe('preparePhoto', () => {
  it('refuses a file over 25 MB before reading it', async () => {
    const big = new File([new Uint8Array(26 * 1024 * 1024)], 'paperboard.jpg', {
      type: 'image/jpeg',
    });
    expect(await preparePhoto(big)).toEqual({
      ok: false,
      error: { code: 'media.tooLarge', details: { sizeMb: 26, maxMb: 25 } },
    });
  });

  it('refuses what is not a photo, whatever its name', async () => {
    const pdf = new File(['%PDF-1.7\n'], 'photo.jpg', { type: 'image/jpeg' });
    expect(await preparePhoto(pdf)).toMatchObject({
      ok: false,
      error: { code: 'media.notAnImage', details: { file: 'photo.jpg' } },
    });
  });

  it('says when an iPhone photo cannot be decoded here, and when a JPEG is damaged', async () => {
    vi.stubGlobal('createImageBitmap', () =>
      Promise.reject(new DOMException('bad', 'InvalidStateError')),
    );
    expect(await preparePhoto(new File([heic], 'IMG_2034.HEIC'))).toMatchObject({
      ok: false,
      error: { code: 'media.heicUnsupported', details: { file: 'IMG_2034.HEIC' } },
    });
    const truncated = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], 'table3.jpg');
    expect(await preparePhoto(truncated)).toMatchObject({
      ok: false,
      error: { code: 'media.undecodable' },
    });
  });
});
