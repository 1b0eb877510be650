import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gennevilliersSession } from '../../../shared/testing/sampleSession';
import { serializeSession } from '../../services/sessionStore/sessionFile';
import { useTempFolder } from '../../services/testing/tempFolder';
import { runCli } from '../runCli';

const tempFolder = useTempFolder();

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function folderWith(text: string) {
  const folder = tempFolder();
  await fs.writeFile(path.join(folder, 'session.json'), text);
  return folder;
}

describe('atelier check', () => {
  it('reports a valid session with exit code 0', async () => {
    const { code, stdout } = await cli(
      'check',
      await folderWith(serializeSession(gennevilliersSession())),
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ok: true, schemaVersion: 1, errors: [] });
  });

  it('lists what is wrong with exit code 1', async () => {
    const doc = { ...gennevilliersSession(), date: 'mardi' };
    const { code, stdout } = await cli('check', await folderWith(JSON.stringify(doc)));
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toMatch(/^date:/);
  });

  it('says a truncated or newer file is not valid', async () => {
    const text = serializeSession(gennevilliersSession());
    expect((await cli('check', await folderWith(text.slice(0, 100)))).code).toBe(1);
    const newer = await cli(
      'check',
      await folderWith(JSON.stringify({ ...gennevilliersSession(), schemaVersion: 3 })),
    );
    expect(JSON.parse(newer.stdout)).toMatchObject({ ok: false, schemaVersion: 3 });
  });

  it('answers a usage error with exit code 2', async () => {
    expect((await cli('check')).code).toBe(2);
    expect((await cli('check', '/nulle/part')).code).toBe(2);
    expect((await cli('inconnue')).code).toBe(2);
    expect((await cli('--help')).stdout).toContain('atelier check');
  });
});
