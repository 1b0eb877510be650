import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFixtures } from '../../services/importers/testing/importFixture';
import { importCommand } from './import';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await importCommand(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

const fixture = (name: string) => path.join(importFixtures, name);

describe('atelier import --json', () => {
  it('prints participants, duplicates, errors and how the file was read', async () => {
    const { code, stdout, stderr } = await run(fixture('in-file-duplicates.csv'), '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ encoding: 'utf-8', separator: ';', headerRow: 1, errors: [] });
    expect(report.mapping).toEqual({
      0: 'lastName',
      1: 'firstName',
      2: 'organisation',
      3: 'role',
      4: 'email',
    });
    expect(report.participants).toHaveLength(9);
    expect(report.participants[0]).toEqual({
      line: 2,
      lastName: 'Benali',
      firstName: 'Aïcha',
      organisation: 'Mairie de Liévin',
      role: 'Collectivité',
      territory: '',
      email: 'aicha.benali@mairie-lievin.fr',
      tags: [],
      notes: '',
    });
    expect(report.duplicates).toEqual([
      {
        line: 5,
        name: 'Aicha BENALI',
        duplicateOf: { line: 2, name: 'Aïcha Benali' },
        reasons: ['email', 'nameAndOrganisation'],
        suggested: 'merge',
      },
      {
        line: 10,
        name: 'Aïcha Benali',
        duplicateOf: { line: 2, name: 'Aïcha Benali' },
        reasons: ['nameAndOrganisation'],
        suggested: 'merge',
      },
      {
        line: 7,
        name: 'Jerome LEFEVRE',
        duplicateOf: { line: 3, name: 'Jérôme Lefèvre' },
        reasons: ['nameAndOrganisation'],
        suggested: 'merge',
      },
      {
        line: 8,
        name: 'Eloïse N’Diaye',
        duplicateOf: { line: 4, name: "Éloïse N'Diaye" },
        reasons: ['nameAndOrganisation'],
        suggested: 'merge',
      },
    ]);
  });

  it('reports rows left out with their numbers', async () => {
    const { code, stdout } = await run('--json', fixture('row-problems.csv'));
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.participants.map((p: { line: number }) => p.line)).toEqual([2, 5]);
    expect(report.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [3, 'noName'],
      [4, 'invalidEmail'],
      [6, 'invalidEmail'],
    ]);
  });

  it('reads workbooks', async () => {
    const { code, stdout } = await run(fixture('workbook.xlsx'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      encoding: 'xlsx',
      separator: null,
      sheetName: 'Inscrits',
      headerRow: 3,
    });
  });
});

describe('atelier import (summary in French)', () => {
  it('says how the file was read, who was read, and what was left out', async () => {
    const { code, stdout } = await run(fixture('title-block.csv'));
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '«\u00a0title-block.csv\u00a0»\u00a0: texte UTF-8, séparateur point-virgule, en-têtes ligne 4.',
        'Colonnes reconnues\u00a0: Nom → Nom, Prénom → Prénom, Structure → Structure, Collège → Collège, Email → E-mail.',
        '3 participants lus.',
        'Aucun doublon.',
        'Aucune ligne écartée.',
        '',
      ].join('\n'),
    );
  });

  it('lists duplicates and rows left out', async () => {
    const duplicates = await run(fixture('helloasso.csv'));
    expect(duplicates.stdout).toContain(
      '1 doublon possible\u00a0:\n– ligne 4 (Linh Nguyen) et ligne 3 (François Nguyen)\u00a0: même adresse e-mail',
    );
    const problems = await run(fixture('row-problems.csv'));
    expect(problems.stdout).toContain(
      '3 lignes écartées\u00a0:\n– ligne 3\u00a0: ni nom ni prénom sur cette ligne\n',
    );
  });
});

describe('atelier import refusals', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'atelier-import-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses a PNG renamed .csv, in French on stderr, with exit code 1', async () => {
    const { code, stdout, stderr } = await run(fixture('photo-renommee.csv'), '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'Fichier refusé\u00a0: Ce fichier n’est pas un tableau d’inscrits lisible. Choisissez un fichier CSV ou Excel (.xlsx). Rien n’a été importé.\n',
    );
  });

  it('refuses a header-only file and an empty one', async () => {
    expect(await run(fixture('header-only.csv'))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('ligne d’en-têtes'),
    });
    expect(await run(fixture('empty.csv'))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('vide'),
    });
  });

  it('says when the file cannot be read', async () => {
    const missing = path.join(folder, 'absent.csv');
    const { code, stderr } = await run(missing);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `Fichier refusé\u00a0: Impossible de lire le fichier «\u00a0${missing}\u00a0» (fichier introuvable).\n`,
    );
  });

  it('fails when no row at all could be read', async () => {
    const file = path.join(folder, 'sans-nom.csv');
    await writeFile(file, 'Nom;Prénom;Email\r\n;;a@b.fr\r\nBenali;Aïcha;pas-une-adresse\r\n');
    const { code, stdout, stderr } = await run(file);
    expect(code).toBe(1);
    expect(stdout).toContain('Aucun participant lu.');
    expect(stderr).toBe('Aucune ligne n’a pu être importée.\n');
  });

  it('prints its usage when asked', async () => {
    expect(await run('--help')).toEqual({
      code: 0,
      stdout: 'Usage\u00a0: atelier import <fichier.csv|fichier.xlsx> [--json]\n',
      stderr: '',
    });
  });

  it.each([[[]], [['a.csv', 'b.csv']], [['--xml', 'a.csv']]])(
    'rejects the usage %j with exit code 2',
    async (argv) => {
      const { code, stdout, stderr } = await run(...argv);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe('Usage\u00a0: atelier import <fichier.csv|fichier.xlsx> [--json]\n');
    },
  );
});
