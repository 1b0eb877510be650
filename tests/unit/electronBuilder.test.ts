/**
 * The installers cannot be built here (no Electron download), so their configuration is checked
 * the way `electron-builder` itself reads and validates it, with its own JSON schema
 * (app-builder-lib/scheme.json): a typo or a misplaced option fails here, not at release time.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

type Config = Awaited<ReturnType<typeof getConfig>>;
const load = () => getConfig(root, path.join(root, 'electron-builder.yml'), null);
const validate = (config: unknown) =>
  validateConfiguration(config as Config, new DebugLogger(false));
const typed = <T>(value: unknown) => value as T;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validate(await load())).resolves.toBeUndefined();
  });

  it('a typo, a wrong type or a misplaced option would be caught', async () => {
    const config = await load();
    await expect(
      validate({ ...config, nsis: { ...config.nsis, perMachin: false } }),
    ).rejects.toThrow(/configuration\.nsis/);
    await expect(
      validate({ ...config, nsis: { ...config.nsis, oneClick: 'parfois' } }),
    ).rejects.toThrow(/configuration\.nsis/);
    // An option in the wrong place: per-machine is NSIS's, not the disk image's.
    await expect(validate({ ...config, dmg: { perMachine: false } })).rejects.toThrow(
      /configuration\.dmg/,
    );
    await expect(validate({ ...config, autoUpdate: true })).rejects.toThrow(/autoUpdate/);
  });

  it('names the app Atelier and takes its version from package.json', async () => {
    const config = await load();
    const pkg = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8'));
    expect(config).toMatchObject({ appId: 'fr.atelier.app', productName: 'Atelier' });
    expect(config).not.toHaveProperty('extraMetadata');
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.yml');
  });

  it('Windows: a per-user installer without administrator rights, and a portable .exe', async () => {
    const config = await load();
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      packElevateHelper: false,
    });
    expect(config.portable).toMatchObject({ requestExecutionLevel: 'user' });
    expect(config.nsis?.artifactName).not.toBe(config.portable?.artifactName);
  });

  it('macOS .dmg, Linux AppImage and .deb', async () => {
    const config = await load();
    expect(config.mac?.target).toBe('dmg');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('opens .atelier files, and never updates itself', async () => {
    const config = await load();
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'atelier', mimeType: 'application/x-atelier' }),
    ]);
    expect(config.publish).toBeNull();
    const pkg = await fs.readFile(path.join(root, 'package.json'), 'utf8');
    expect(pkg).not.toContain('electron-updater');
  });

  it('has its icons, made from one drawing', async () => {
    const config = typed<{ win: { icon: string }; mac: { icon: string }; linux: { icon: string } }>(
      await load(),
    );
    const read = (file: string) => fs.readFile(path.join(root, file));
    const png = await read('resources/icons/icon.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    const ico = await read(config.win.icon);
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5); // 16 to 256 px
    const icns = await read(config.mac.icon);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const sizes = await fs.readdir(path.join(root, config.linux.icon));
    expect(sizes).toEqual(expect.arrayContaining(['16x16.png', '256x256.png', '512x512.png']));
    expect(await fs.readFile(path.join(root, 'scripts/makeIcons.mjs'), 'utf8')).toContain(
      'icon.svg',
    );
  });
});
