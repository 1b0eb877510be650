import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogFile } from './logFile';
import { manualClock, useTempFolder } from './testing/tempFolder';

const tempFolder = useTempFolder();

describe('log file', () => {
  it('writes one dated line per event, with the stack of an error on the same line', async () => {
    const dir = tempFolder();
    const log = new LogFile(path.join(dir, 'logs', 'atelier.log'), {
      clock: manualClock(),
      home: '/home/aicha.benali',
    });
    log.write('info', 'Atelier 0.1.0 démarré (electron, linux x64)');
    const error = new Error(
      "EACCES: permission denied, open '/home/aicha.benali/Documents/Atelier/x'",
    );
    log.write('error', 'handler export.create failed', error);
    await log.flush();
    const lines = (await fs.readFile(path.join(dir, 'logs', 'atelier.log'), 'utf8'))
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      '2025-02-04T08:00:00.000Z INFO  Atelier 0.1.0 démarré (electron, linux x64)',
    );
    expect(lines[1]).toMatch(
      /^2025-02-04T08:00:00\.000Z ERROR handler export\.create failed — Error: EACCES/,
    );
    expect(lines[1]).toContain("'~/Documents/Atelier/x'");
    expect(lines[1]).not.toContain('aicha.benali');
    expect(lines[1]).toContain(' | at ');
  });

  it('rotates past its size and keeps three older files', async () => {
    const dir = tempFolder();
    const file = path.join(dir, 'atelier.log');
    const log = new LogFile(file, {
      maxBytes: 200,
      keep: 3,
      clock: manualClock(),
      home: '/nulle-part',
    });
    for (let i = 1; i <= 12; i++)
      log.write('info', `événement ${String(i).padStart(2, '0')} ${'·'.repeat(40)}`);
    await log.flush();
    expect((await fs.readdir(dir)).sort()).toEqual([
      'atelier.1.log',
      'atelier.2.log',
      'atelier.3.log',
      'atelier.log',
    ]);
    for (const name of await fs.readdir(dir))
      expect((await fs.stat(path.join(dir, name))).size).toBeLessThanOrEqual(200);
    expect(await fs.readFile(file, 'utf8')).toContain('événement 12');
    const all = (
      await Promise.all((await fs.readdir(dir)).map((n) => fs.readFile(path.join(dir, n), 'utf8')))
    ).join('');
    expect(all).not.toContain('événement 01');
  });

  it('never throws, even when its folder cannot be written', async () => {
    const dir = tempFolder();
    await fs.writeFile(path.join(dir, 'logs'), 'un fichier, pas un dossier');
    const log = new LogFile(path.join(dir, 'logs', 'atelier.log'));
    expect(() => log.write('error', 'boom')).not.toThrow();
    await expect(log.flush()).resolves.toBeUndefined();
  });
});
