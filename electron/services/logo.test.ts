import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES } from '../../shared/contracts/logo';
import { flipchartJpeg, organiserLogoPng } from './exporters/testing/samplePhotos';
import { LogoStore } from './logo';
import { useTempFolder } from './testing/tempFolder';

const tempFolder = useTempFolder();

describe('the organiser’s logo', () => {
  it('keeps one PNG or JPEG beside the settings, the last one chosen', async () => {
    const folder = tempFolder();
    const logo = new LogoStore(folder);
    expect(await logo.read()).toBeNull();

    expect((await logo.set(organiserLogoPng())).ok).toBe(true);
    expect(await logo.read()).toMatchObject({ mime: 'image/png', type: 'png' });

    const jpeg = flipchartJpeg(300, 100, { grain: 0 });
    expect((await logo.set(jpeg)).ok).toBe(true);
    const read = await logo.read();
    expect(read).toMatchObject({ mime: 'image/jpeg', type: 'jpg' });
    expect(Buffer.from(read!.data).equals(jpeg)).toBe(true);
    expect(await fs.readdir(folder)).toEqual(['logo.jpg']);
  });

  it('refuses what is not a PNG or a JPEG, and keeps the logo it had', async () => {
    const folder = tempFolder();
    const logo = new LogoStore(folder);
    await logo.set(organiserLogoPng());
    const heic = Buffer.from('0000001c6674797068656963000000006d69663168656963', 'hex');
    for (const bytes of [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), heic])
      expect(await logo.set(bytes)).toEqual({ ok: false, error: { code: 'logo.notAnImage' } });
    const tooLarge = Buffer.concat([organiserLogoPng(), Buffer.alloc(LOGO_MAX_BYTES)]);
    expect(await logo.set(tooLarge)).toEqual({
      ok: false,
      error: { code: 'logo.tooLarge', details: { sizeMb: 3, maxMb: 2 } },
    });
    expect(Buffer.from((await logo.read())!.data).equals(organiserLogoPng())).toBe(true);
  });

  it('is gone once removed, and a file that is no longer an image is not used', async () => {
    const folder = tempFolder();
    const logo = new LogoStore(folder);
    await logo.set(organiserLogoPng());
    await logo.clear();
    expect(await logo.read()).toBeNull();
    await fs.writeFile(path.join(folder, 'logo.png'), 'plus une image');
    expect(await logo.read()).toBeNull();
  });
});
