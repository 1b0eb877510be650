import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/participants/planImport';
import { fixtureBytes, identity, importFixture, readFixture } from './testing/importFixture';
import { maxImportBytes, readRegistrations } from './readRegistrations';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('Excel (French) CSV: UTF-8, semicolons, CRLF', () => {
  it('reads every row with its accents, roles matched to the colleges', async () => {
    const imported = await importFixture('excel-fr-utf8-semicolon.csv');
    expect(imported.table).toMatchObject({ encoding: 'utf-8', separator: ';', headerRow: 1 });
    expect(imported.participants).toHaveLength(8);
    expect(imported.errors).toEqual([]);
    expect(imported.groups).toEqual([]);
    expect(identity(imported.atLine(2))).toEqual({
      lastName: 'BENALI',
      firstName: 'Aïcha',
      organisation: 'Mairie de Liévin',
      role: 'Collectivité',
      territory: 'Liévin',
      email: 'aicha.benali@mairie-lievin.fr',
    });
    expect(imported.atLine(2).tags).toEqual(['élue', 'jeunesse']);
    expect(imported.atLine(3)).toMatchObject({
      lastName: "N'Diaye",
      firstName: 'Éloïse',
      notes: 'Arrivera vers 10 h',
    });
    expect(imported.atLine(5)).toMatchObject({ lastName: 'Dupont-Aignan', firstName: 'Maëlle' });
    // « Etat » without its accent and « Services de l'État » are the État college.
    expect(imported.atLine(6)).toMatchObject({ firstName: 'Chloé', role: 'État' });
    expect(imported.atLine(7)).toMatchObject({ lastName: "de La Tour d'Auvergne", role: 'État' });
    expect(imported.atLine(8)).toMatchObject({
      firstName: 'François',
      email: '',
      notes: 'Conseil citoyen',
    });
  });
});

describe('UTF-8 with BOM, commas (Eventbrite attendee report)', () => {
  it('drops the BOM, keeps quoted commas, maps the English headers', async () => {
    const imported = await importFixture('utf8-bom-comma.csv');
    expect(imported.table).toMatchObject({ encoding: 'utf-8-bom', separator: ',', headerRow: 1 });
    expect(imported.table.headers[0]).toBe('Order #');
    expect(imported.table.mapping).toMatchObject({
      2: 'firstName',
      3: 'lastName',
      4: 'email',
      7: null,
      8: 'organisation',
    });
    expect(imported.participants).toHaveLength(4);
    expect(imported.atLine(4)).toMatchObject({
      lastName: 'de La Tour d’Auvergne',
      firstName: 'Marie-Hélène',
      organisation: 'CAF des Hauts-de-Seine, agence de Nanterre',
      territory: 'Nanterre',
    });
    // A job title is no college: « Autre », and the title is kept in the notes.
    expect(imported.atLine(3)).toMatchObject({
      role: 'Autre',
      notes: 'Rôle indiqué à l’inscription\u00a0: Directeur',
    });
  });
});

describe('Windows-1252 CSV (French Excel « CSV (séparateur : point-virgule) »)', () => {
  it('is really cp1252 on disk', async () => {
    const bytes = await fixtureBytes('windows-1252-semicolon.csv');
    expect(bytes.indexOf(0xe9)).toBeGreaterThan(0); // é
    expect(bytes.includes(0x8c)).toBe(true); // Œ
    expect(bytes.includes(0x92)).toBe(true); // ’
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('decodes é, Œ and the typographic apostrophe', async () => {
    const imported = await importFixture('windows-1252-semicolon.csv');
    expect(imported.table).toMatchObject({ encoding: 'windows-1252', separator: ';' });
    expect(imported.table.headers).toEqual([
      'Nom',
      'Prénom',
      'Organisme',
      'Rôle',
      'E-mail',
      'Ville',
    ]);
    expect(imported.participants).toHaveLength(5);
    expect(identity(imported.atLine(2))).toEqual({
      lastName: 'Œuvrard',
      firstName: 'Sébastien',
      organisation: 'Mairie de Liévin',
      role: 'Collectivité',
      territory: 'Liévin',
      email: 's.oeuvrard@mairie-lievin.fr',
    });
    expect(imported.atLine(3)).toMatchObject({
      lastName: 'N’Diaye',
      firstName: 'Éloïse',
      role: 'État',
    });
    expect(imported.atLine(5)).toMatchObject({ role: 'Collectivité' }); // « élue »
    expect(imported.atLine(6).organisation).toBe('Café associatif « L’Escale »');
  });
});

describe('tab-separated text', () => {
  it('splits on tabs only, keeping commas and semicolons inside cells', async () => {
    const imported = await importFixture('tab-separated.tsv');
    expect(imported.table.separator).toBe('\t');
    expect(imported.participants).toHaveLength(3);
    expect(imported.atLine(2).organisation).toBe(
      'Association Les Amis du Parc, section Nord; antenne Liévin',
    );
    expect(imported.atLine(3)).toMatchObject({
      lastName: 'Œuvrard',
      territory: 'Arras',
      role: 'État',
    });
    expect(imported.atLine(4)).toMatchObject({ lastName: 'Le Goff', firstName: 'Yann' });
  });
});

describe('quoted fields', () => {
  it('keeps separators, line breaks and doubled quotes inside quotes, numbering spreadsheet rows', async () => {
    const imported = await importFixture('quoted-fields.csv');
    expect(imported.participants).toHaveLength(4);
    expect(imported.atLine(2)).toMatchObject({
      organisation: 'Mairie de Liévin; service jeunesse',
      notes: 'Besoins : accès PMR;\nrepas végétarien',
    });
    expect(imported.atLine(3)).toMatchObject({
      lastName: 'Lefèvre',
      organisation: 'Centre social "Les Oliviers"',
    });
    expect(imported.atLine(4).notes).toBe('Vient avec\ndeux collègues\nde la DDETS');
    // Row 5 starts on text line 8: a quoted field spanning lines stays one row, as in Excel.
    expect(imported.atLine(5)).toMatchObject({ firstName: 'Chloé', lastName: 'Marchand' });
  });

  it('refuses a quote never closed, naming its row, rather than swallowing the rest', async () => {
    const text =
      'Nom;Prénom;Email\r\nBenali;Aïcha;a@b.fr\r\n"Lefèvre;Jérôme;j@b.fr\r\nMarchand;Chloé;c@b.fr\r\n';
    const result = await readRegistrations(utf8(text), 'cassé.csv');
    expect(result).toEqual({
      ok: false,
      error: { code: 'import.unclosedQuote', details: { line: 3 } },
    });
  });
});

describe('title block above the header row', () => {
  it('finds the headers under the title, with file row numbers', async () => {
    const imported = await importFixture('title-block.csv');
    expect(imported.table.headerRow).toBe(4);
    expect(imported.table.headers).toEqual(['Nom', 'Prénom', 'Structure', 'Collège', 'Email']);
    expect(imported.table.rows.map((row) => row.line)).toEqual([5, 6, 7]);
    expect(imported.atLine(6)).toMatchObject({ lastName: 'N’Diaye', firstName: 'Éloïse' });
  });
});

describe('blank lines, empty columns and trailing separators', () => {
  it('ignores them and keeps row numbers', async () => {
    const imported = await importFixture('blank-lines-trailing-separators.csv');
    expect(imported.table.headerRow).toBe(2);
    expect(imported.table.headers).toEqual(['Nom', 'Prénom', 'Structure', 'Collège', 'Email']);
    expect(imported.table.rows.map((row) => row.line)).toEqual([4, 7, 9]);
    expect(imported.table.rows.every((row) => row.cells.length === 5)).toBe(true);
    expect(imported.errors).toEqual([]);
    expect(imported.atLine(9)).toMatchObject({
      organisation: 'Cité éducative de Gennevilliers',
      role: 'État',
    });
  });
});

describe('full name in one column', () => {
  it('splits by capitals and particles', async () => {
    const imported = await importFixture('full-name-column.csv');
    expect(imported.table.mapping[0]).toBe('fullName');
    const names = imported.participants.map(({ lastName, firstName }) => [lastName, firstName]);
    expect(names).toEqual([
      ['BENALI', 'Aïcha'],
      ['LEFÈVRE', 'Jérôme'],
      ["de La Tour d'Auvergne", 'Marie-Hélène'],
      ['Dupont-Aignan', 'Maëlle'],
      ['N’Diaye', 'Éloïse'],
      ['Le Goff', 'Yann'],
      ['Chloé', ''],
    ]);
  });
});

describe('HelloAsso export', () => {
  it('takes the participant’s names, not the payer’s, and flags a shared payer e-mail', async () => {
    const imported = await importFixture('helloasso.csv');
    expect(imported.table.encoding).toBe('utf-8-bom');
    expect(imported.table.mapping).toMatchObject({
      3: 'lastName',
      4: 'firstName',
      5: null,
      6: null,
      7: 'email',
    });
    expect(imported.participants).toHaveLength(4);
    expect(imported.atLine(4)).toMatchObject({
      lastName: 'Nguyen',
      firstName: 'Linh',
      role: 'Habitant',
    });
    expect(imported.atLine(5)).toMatchObject({
      lastName: 'Lefèvre',
      organisation: 'Centre social Les Oliviers',
    });
    expect(imported.atLine(2).role).toBe('Collectivité'); // « Elue »
    // Linh was registered by François: same payer e-mail, so the facilitator is asked, and
    // adding her is suggested since the first names differ.
    expect(imported.groups).toHaveLength(1);
    expect(imported.lineOf(imported.groups[0]!.keep.participant)).toBe(3);
    const [linh] = imported.groups[0]!.duplicates;
    expect([imported.lineOf(linh!.participant), linh!.reasons, linh!.suggested]).toEqual([
      4,
      ['email'],
      'add',
    ]);
  });
});

describe('Google Forms responses', () => {
  it('skips the timestamp and maps the questions', async () => {
    const imported = await importFixture('google-forms.csv');
    expect(imported.table).toMatchObject({ separator: ',', headerRow: 1 });
    expect(imported.table.mapping).toMatchObject({
      0: null,
      1: 'email',
      2: 'lastName',
      3: 'firstName',
      5: 'role',
      7: 'notes',
    });
    expect(imported.participants).toHaveLength(4);
    expect(imported.atLine(3)).toMatchObject({
      firstName: 'Maëlle',
      role: 'Collectivité',
      notes: 'Accès PMR, place de parking',
    });
    expect(imported.atLine(4)).toMatchObject({
      firstName: 'Inès',
      role: 'Habitant',
      organisation: '',
    });
  });
});

describe('Microsoft Forms answers (.xlsx)', () => {
  it('prefers the form’s questions to the respondent account, and ignores « anonymous »', async () => {
    const imported = await importFixture('microsoft-forms.xlsx');
    expect(imported.table).toMatchObject({
      encoding: 'xlsx',
      separator: null,
      sheetName: 'Sheet1',
      headerRow: 1,
    });
    expect(imported.table.mapping).toMatchObject({
      3: null,
      4: 'fullName',
      6: 'lastName',
      7: 'firstName',
      10: 'email',
    });
    expect(imported.participants).toHaveLength(4);
    expect(imported.errors).toEqual([]);
    expect(identity(imported.atLine(2))).toEqual({
      lastName: 'Lefèvre',
      firstName: 'Jérôme',
      organisation: 'Centre social Les Oliviers',
      role: 'Association',
      territory: '',
      email: 'j.lefevre@cs-oliviers.org',
    });
    expect(imported.atLine(3).role).toBe('État'); // « Services de l’État »
    // No name asked in the form: the account's display name is split.
    expect(imported.atLine(5)).toMatchObject({
      lastName: 'Le Goff',
      firstName: 'Yann',
      role: 'Collectivité',
    });
  });
});

describe('in-file duplicates', () => {
  it('groups rows naming the same person under the first, with the reason', async () => {
    const imported = await importFixture('in-file-duplicates.csv');
    expect(imported.participants).toHaveLength(9);
    const groups = imported.groups.map((group) => ({
      keep: imported.lineOf(group.keep.participant),
      from: group.keep.from,
      duplicates: group.duplicates.map((d) => [imported.lineOf(d.participant), d.reasons]),
    }));
    expect(groups).toEqual([
      {
        keep: 2,
        from: 'incoming',
        duplicates: [
          [5, ['email', 'nameAndOrganisation']],
          [10, ['nameAndOrganisation']],
        ],
      },
      { keep: 3, from: 'incoming', duplicates: [[7, ['nameAndOrganisation']]] },
      { keep: 4, from: 'incoming', duplicates: [[8, ['nameAndOrganisation']]] },
    ]);
    // Two Chloé Marchand in different organisations are two people.
    expect(imported.atLine(9).organisation).toBe('Ville de Nanterre');
  });
});

describe('XLSX workbook', () => {
  it('reads the sheet holding the list, under its title, dates and numbers as text', async () => {
    const imported = await importFixture('workbook.xlsx');
    expect(imported.table).toMatchObject({
      encoding: 'xlsx',
      separator: null,
      sheetName: 'Inscrits',
      headerRow: 3,
    });
    expect(imported.table.headers).toEqual([
      'Nom',
      'Prénom',
      'Structure',
      'Collège',
      'Adresse e-mail',
      'Inscrit le',
      'Téléphone',
    ]);
    expect(imported.table.rows.map((row) => row.line)).toEqual([4, 5, 7, 8]);
    expect(imported.table.rows[0]!.cells.slice(5)).toEqual(['12/01/2025', '612345678']);
    expect(imported.participants).toHaveLength(4);
    expect(identity(imported.atLine(5))).toEqual({
      lastName: 'N’Diaye',
      firstName: 'Éloïse',
      organisation: 'Préfecture du Nord',
      role: 'État',
      territory: '',
      email: 'eloise.ndiaye@nord.gouv.fr',
    });
    expect(imported.atLine(7)).toMatchObject({
      lastName: 'de La Tour d’Auvergne',
      firstName: 'Marie-Hélène',
    });
  });

  it('refuses a workbook with only a header row', async () => {
    const bytes = await writeExcelFile([['Nom', 'Prénom', 'Email']]).toBuffer();
    const result = await readRegistrations(bytes, 'vide.xlsx');
    expect(result).toEqual({
      ok: false,
      error: { code: 'import.headerOnly', details: { headerRow: 1 } },
    });
  });
});

describe('row problems', () => {
  it('lists unreadable rows with their numbers and imports the rest', async () => {
    const imported = await importFixture('row-problems.csv');
    expect(imported.participants.map((p) => imported.lineOf(p))).toEqual([2, 5]);
    expect(imported.errors).toEqual([
      { line: 3, code: 'noName', reason: 'ni nom ni prénom sur cette ligne' },
      {
        line: 4,
        code: 'invalidEmail',
        reason: 'adresse e-mail invalide («\u00a0j.lefevre@\u00a0»)',
      },
      {
        line: 6,
        code: 'invalidEmail',
        reason: 'adresse e-mail invalide («\u00a0francois nguyen@courriel.fr\u00a0»)',
      },
    ]);
  });
});

describe('the 60-participant seminar', () => {
  it('imports everyone, in the five colleges, without duplicates', async () => {
    const imported = await importFixture('seminaire-60-participants.csv');
    expect(imported.participants).toHaveLength(60);
    expect(imported.errors).toEqual([]);
    expect(imported.groups).toEqual([]);
    const byRole: Record<string, number> = {};
    for (const { role } of imported.participants) byRole[role] = (byRole[role] ?? 0) + 1;
    expect(byRole).toEqual({
      État: 12,
      Collectivité: 15,
      Association: 15,
      Habitant: 12,
      Entreprise: 6,
    });
  });
});

describe('refusals: nothing is imported', () => {
  it('refuses a PNG renamed .csv', async () => {
    expect(await readFixture('photo-renommee.csv')).toEqual({
      ok: false,
      error: { code: 'import.notATable', details: { reason: 'png' } },
    });
  });

  it('refuses a PDF renamed .csv', async () => {
    const result = await readRegistrations(
      utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj\n'),
      'liste.csv',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'import.notATable' } });
  });

  it('refuses an empty file, and one of blank lines only', async () => {
    expect(await readFixture('empty.csv')).toEqual({ ok: false, error: { code: 'import.empty' } });
    expect(await readRegistrations(utf8('\r\n;;;\r\n\r\n'), 'blanc.csv')).toEqual({
      ok: false,
      error: { code: 'import.empty' },
    });
  });

  it('refuses a header row without anyone under it', async () => {
    expect(await readFixture('header-only.csv')).toEqual({
      ok: false,
      error: { code: 'import.headerOnly', details: { headerRow: 1 } },
    });
  });

  it('refuses UTF-16 (Excel « Texte Unicode »), with or without BOM', async () => {
    const text = 'Nom\tPrénom\r\nBenali\tAïcha\r\n';
    const withBom = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const withoutBom = Uint8Array.from(Buffer.from(text, 'utf16le'));
    for (const bytes of [withBom, withoutBom]) {
      expect(await readRegistrations(bytes, 'liste.txt')).toEqual({
        ok: false,
        error: { code: 'import.unreadableEncoding', details: { encoding: 'utf-16' } },
      });
    }
  });

  it('refuses text that decodes to control characters', async () => {
    const bytes = Uint8Array.from(
      { length: 400 },
      (_, index) => [0x4e, 0x81, 0x3b, 0x8d, 0x0d, 0x0a, 0x90, 0x01][index % 8]!,
    );
    expect(await readRegistrations(bytes, 'liste.csv')).toMatchObject({
      ok: false,
      error: { code: 'import.unreadableEncoding' },
    });
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Nom;Prénom\r\n'), 0xe9, 0x3b, 0x41]);
    expect(await readRegistrations(bytes, 'liste.csv')).toEqual({
      ok: false,
      error: { code: 'import.unreadableEncoding', details: { encoding: 'utf-8-bom' } },
    });
  });

  it('refuses a file over 20 MB before parsing it', async () => {
    const bytes = new Uint8Array(maxImportBytes + 1).fill(0x41);
    expect(await readRegistrations(bytes, 'énorme.csv')).toEqual({
      ok: false,
      error: { code: 'import.tooLarge', details: { sizeMb: 20, maxMb: 20 } },
    });
  });

  it('refuses an Excel 97-2003 workbook with its own message', async () => {
    const ole2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await readRegistrations(ole2, 'inscrits.xls')).toEqual({
      ok: false,
      error: { code: 'import.oldExcelFormat' },
    });
  });

  it('refuses a zip that is not a workbook', async () => {
    const zip = Uint8Array.from([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...utf8('not really a zip archive at all'),
    ]);
    expect(await readRegistrations(zip, 'inscrits.xlsx')).toMatchObject({
      ok: false,
      error: { code: 'import.notATable' },
    });
  });

  it('refuses text with no table in it', async () => {
    const text = 'Bonjour,\r\nVoici la liste promise.\r\nBien à vous\r\n';
    expect(await readRegistrations(utf8(text), 'message.csv')).toMatchObject({
      ok: false,
      error: { code: 'import.notATable' },
    });
  });
});

describe('unusual headers', () => {
  it('still opens a table whose headers are unknown, leaving the mapping to the facilitator', async () => {
    const text = 'Colonne A;Colonne B\r\nBenali;Aïcha\r\n';
    const result = await readRegistrations(utf8(text), 'liste.csv');
    expect(result).toMatchObject({
      ok: true,
      value: { headerRow: 1, mapping: { 0: null, 1: null } },
    });
  });

  it('reads a one-column list of full names', async () => {
    const imported = await readRegistrations(
      utf8('Nom complet\r\nAïcha BENALI\r\nJérôme Lefèvre\r\n'),
      'noms.csv',
    );
    expect(imported).toMatchObject({ ok: true, value: { mapping: { 0: 'fullName' } } });
    expect(imported.ok && imported.value.rows.map((row) => row.cells)).toEqual([
      ['Aïcha BENALI'],
      ['Jérôme Lefèvre'],
    ]);
  });

  it('chooses « ; » under a title line full of commas', async () => {
    const text =
      'Séminaire du 4 février 2025, Liévin, salle des fêtes, 9 h – 17 h\r\n\r\nNom;Prénom;Structure\r\nBenali;Aïcha;Mairie de Liévin\r\n';
    expect(await readRegistrations(utf8(text), 'liste.csv')).toMatchObject({
      ok: true,
      value: { separator: ';', headerRow: 3, headers: ['Nom', 'Prénom', 'Structure'] },
    });
  });

  it('chooses « , » under more title lines full of semicolons than rows of people', async () => {
    const text = [
      'Séminaire; Liévin; 4 février 2025; salle des fêtes',
      'Animation; Préfecture du Nord; DDETS; Mairie',
      'Horaires; 9 h; 12 h 30; 17 h',
      'Contact; accueil; standard; courriel',
      'Nom,Prénom,Structure',
      'Benali,Aïcha,Mairie de Liévin',
      'Lefèvre,Jérôme,Centre social Les Oliviers',
    ].join('\r\n');
    expect(await readRegistrations(utf8(text), 'liste.csv')).toMatchObject({
      ok: true,
      value: { separator: ',', headerRow: 5, headers: ['Nom', 'Prénom', 'Structure'] },
    });
  });

  it('finds a Framaforms header under its form-title rows', async () => {
    const text = [
      '"Inscription au séminaire du 4 février",,,,,,,,,',
      '"Détails de la soumission",,,,,,,"Vos coordonnées",,',
      'Serial,SID,Time,Draft,"IP Address",UID,Username,Nom,Prénom,Courriel',
      '1,17,"12/01/2025 - 10:31",0,192.0.2.10,0,Anonyme,Benali,Aïcha,aicha.benali@mairie-lievin.fr',
    ].join('\n');
    const result = await readRegistrations(utf8(text), 'framaforms.csv');
    expect(result).toMatchObject({
      ok: true,
      value: {
        separator: ',',
        headerRow: 3,
        mapping: { 6: null, 7: 'lastName', 8: 'firstName', 9: 'email' },
      },
    });
  });

  it('maps a Weezevent-like export: buyer columns behind the participant’s', async () => {
    const text = [
      'Nom;Prénom;Email;Société;Tarif;Code barres;Nom acheteur;Prénom acheteur;Email acheteur',
      'Benali;Aïcha;aicha.benali@mairie-lievin.fr;Mairie de Liévin;Gratuit;123456;Benali;Aïcha;a@b.fr',
    ].join('\r\n');
    const result = await readRegistrations(utf8(text), 'weezevent.csv');
    expect(result).toMatchObject({
      ok: true,
      value: {
        mapping: {
          0: 'lastName',
          1: 'firstName',
          2: 'email',
          3: 'organisation',
          4: null,
          5: null,
          6: null,
          7: null,
          8: null,
        },
      },
    });
  });

  it('skips a header row repeated in the middle of the data', async () => {
    const text = 'Nom;Prénom\r\nBenali;Aïcha\r\nNom;Prénom\r\nLefèvre;Jérôme\r\n';
    const result = await readRegistrations(utf8(text), 'liste.csv');
    expect(result.ok && result.value.rows.map((row) => row.line)).toEqual([2, 4]);
  });
});

describe('importing the same file twice', () => {
  it.each([
    'excel-fr-utf8-semicolon.csv',
    'in-file-duplicates.csv',
    'workbook.xlsx',
    'helloasso.csv',
  ])('adds nobody and changes nobody the second time (%s)', async (name) => {
    const first = await importFixture(name);
    const session = planImport(first.participants, first.groups).toAdd;
    const merged = first.groups.flatMap((g) => g.duplicates).filter((d) => d.suggested === 'merge');
    expect(session.length).toBe(first.participants.length - merged.length);

    const second = await importFixture(name, session);
    const plan = planImport(second.participants, second.groups);
    expect(plan.toAdd).toEqual([]);
    expect(plan.updates).toEqual([]);
  });

  it('merges in-file duplicates into the first row: Jérôme keeps his e-mail, Éloïse gains hers', async () => {
    const imported = await importFixture('in-file-duplicates.csv');
    const plan = planImport(imported.participants, imported.groups);
    expect(plan.toAdd.map((p) => [p.lastName, p.firstName, p.email])).toEqual([
      ['Benali', 'Aïcha', 'aicha.benali@mairie-lievin.fr'],
      ['Lefèvre', 'Jérôme', 'j.lefevre@cs-oliviers.org'],
      ["N'Diaye", 'Éloïse', 'eloise.ndiaye@nord.gouv.fr'],
      ['Marchand', 'Chloé', 'chloe.marchand@ac-versailles.fr'],
      ['Marchand', 'Chloé', 'c.marchand@nanterre.fr'],
    ]);
  });
});
