import { describe, expect, it } from 'vitest';
import { defaultRoles, participantSchema } from '../model/participants';
import type { ColumnMapping, RegistrationTable } from './registrationTable';
import { rowsToParticipants } from './rowsToParticipants';

const now = '2025-02-04T08:00:00.000Z';

function table(headers: string[], rows: string[][]): Pick<RegistrationTable, 'headers' | 'rows'> {
  return { headers, rows: rows.map((cells, index) => ({ line: index + 2, cells })) };
}

function run(headers: string[], mapping: ColumnMapping, rows: string[][], roles = defaultRoles) {
  let count = 0;
  return rowsToParticipants(table(headers, rows), mapping, {
    roles,
    now,
    newId: () => `id${(count += 1)}`,
  });
}

describe('rowsToParticipants', () => {
  const headers = ['Nom', 'Prénom', 'Structure', 'Rôle', 'Email'];
  const mapping: ColumnMapping = {
    0: 'lastName',
    1: 'firstName',
    2: 'organisation',
    3: 'role',
    4: 'email',
  };

  it('builds valid participants stamped with the import instant', () => {
    const result = run(headers, mapping, [
      [
        '  Lefèvre ',
        'Jérôme',
        'Centre  social Les Oliviers',
        'asso',
        ' J.Lefevre@CS-Oliviers.org ',
      ],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.participants).toEqual([
      {
        id: 'id1',
        lastName: 'Lefèvre',
        firstName: 'Jérôme',
        organisation: 'Centre social Les Oliviers',
        role: 'Association',
        territory: '',
        email: 'j.lefevre@cs-oliviers.org',
        tags: [],
        notes: '',
        attendance: 'unknown',
        isWalkIn: false,
        createdAt: now,
      },
    ]);
    expect(result.lines).toEqual({ id1: 2 });
    expect(participantSchema.safeParse(result.participants[0]).success).toBe(true);
  });

  it('uses the full-name column only when the name columns are empty', () => {
    const result = run(
      ['Nom', 'Prénom', 'Participant'],
      { 0: 'lastName', 1: 'firstName', 2: 'fullName' },
      [
        ['Benali', 'Aïcha', 'Quelqu’un d’autre'],
        ['', '', 'Éloïse N’DIAYE'],
      ],
    );
    expect(result.participants.map((p) => [p.lastName, p.firstName])).toEqual([
      ['Benali', 'Aïcha'],
      ['N’DIAYE', 'Éloïse'],
    ]);
  });

  it('accepts a first name alone, refuses a row with no name at all', () => {
    const result = run(headers, mapping, [
      ['', 'Chloé', '', '', ''],
      ['', '', 'Préfecture du Nord', 'État', 'accueil@nord.gouv.fr'],
    ]);
    expect(result.participants.map((p) => [p.lastName, p.firstName])).toEqual([['', 'Chloé']]);
    expect(result.errors).toEqual([
      { line: 3, code: 'noName', reason: 'ni nom ni prénom sur cette ligne' },
    ]);
  });

  it.each([
    'aicha.benali@',
    'aicha benali@mairie.fr',
    '@mairie-lievin.fr',
    'aicha@mairie',
    'aicha@@mairie.fr',
  ])('refuses the malformed e-mail « %s »', (email) => {
    const result = run(headers, mapping, [['Benali', 'Aïcha', '', '', email]]);
    expect(result.participants).toEqual([]);
    expect(result.errors).toEqual([
      { line: 2, code: 'invalidEmail', reason: `adresse e-mail invalide («\u00a0${email}\u00a0»)` },
    ]);
  });

  it('cleans e-mails written as links and ignores « anonymous »', () => {
    const result = run(headers, mapping, [
      ['Benali', 'Aïcha', '', '', 'mailto:Aicha.Benali@Mairie-Lievin.fr'],
      ['Haddad', 'Inès', '', '', '<ines.haddad@courriel.fr>'],
      ['Nguyen', 'François', '', '', 'anonymous'],
    ]);
    expect(result.participants.map((p) => p.email)).toEqual([
      'aicha.benali@mairie-lievin.fr',
      'ines.haddad@courriel.fr',
      '',
    ]);
  });

  it('keeps unknown role text in the notes, before the remarks', () => {
    const result = run(['Nom', 'Fonction', 'Remarques'], { 0: 'lastName', 1: 'role', 2: 'notes' }, [
      ['Marchand', 'Chargée de mission', 'Arrivera à 10 h'],
    ]);
    expect(result.participants[0]).toMatchObject({
      role: 'Autre',
      notes: 'Rôle indiqué à l’inscription\u00a0: Chargée de mission\nArrivera à 10 h',
    });
  });

  it('splits tags on commas and semicolons, once each, from every tags column', () => {
    const result = run(['Nom', 'Tags', 'Étiquettes'], { 0: 'lastName', 1: 'tags', 2: 'tags' }, [
      ['Benali', 'jeunesse, Élue ; logement', 'élue;  éducation ,'],
    ]);
    expect(result.participants[0]?.tags).toEqual(['jeunesse', 'Élue', 'logement', 'éducation']);
  });

  it('labels notes by their header when several columns feed them', () => {
    const result = run(
      ['Nom', 'Régime alimentaire', 'Accessibilité'],
      { 0: 'lastName', 1: 'notes', 2: 'notes' },
      [
        ['Benali', 'végétarien', ''],
        ['Haddad', 'sans gluten', 'fauteuil'],
      ],
    );
    expect(result.participants.map((p) => p.notes)).toEqual([
      'Régime alimentaire\u00a0: végétarien',
      'Régime alimentaire\u00a0: sans gluten\nAccessibilité\u00a0: fauteuil',
    ]);
  });

  it('refuses a name too long for the session, and cuts notes to what it keeps', () => {
    const result = run(['Nom', 'Remarques'], { 0: 'lastName', 1: 'notes' }, [
      ['x'.repeat(201), ''],
      ['Benali', 'y'.repeat(6000)],
    ]);
    expect(result.errors).toEqual([
      { line: 2, code: 'tooLong', reason: 'Nom trop long (201 caractères, 200 au plus)' },
    ]);
    expect(result.participants[0]?.notes).toHaveLength(5000);
    expect(result.participants[0]?.notes.endsWith('…')).toBe(true);
  });

  it('ignores columns mapped to nothing', () => {
    const result = run(['Horodateur', 'Nom'], { 0: null, 1: 'lastName' }, [
      ['12/01/2025 10:31:22', 'Benali'],
    ]);
    expect(result.participants[0]).toMatchObject({ lastName: 'Benali', notes: '' });
  });
});
