import { describe, expect, it } from 'vitest';
import { defaultRoles } from '../../../shared/model/participants';
import type { Session } from '../../../shared/model/session';
import { planImport } from '../../../shared/participants/planImport';
import { applyOperation } from '../../../shared/session/applyOperation';
import { gennevilliersSession, participant } from '../../../shared/testing/sampleSession';
import { previewImport, type PreviewTarget } from './previewImport';
import { fixtureBytes, importedAt, sequentialIds } from './testing/importFixture';

const emptyTarget: PreviewTarget = { participants: [], roles: defaultRoles };

async function preview(
  name: string,
  target: PreviewTarget = emptyTarget,
  mapping: Record<string, string | null> | null = null,
) {
  const result = await previewImport(
    { bytes: await fixtureBytes(name), name },
    mapping as Parameters<typeof previewImport>[1],
    target,
    { now: importedAt, newId: sequentialIds(name.slice(0, 3)) },
  );
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Confirms a preview with the suggested decisions, as the import dialog does. */
function confirm(session: Session, shown: Awaited<ReturnType<typeof preview>>): Session {
  const plan = planImport(shown.participants, shown.duplicates);
  return applyOperation(session, {
    type: 'participants.import',
    add: plan.toAdd,
    merge: plan.updates.map(({ id, patch }) => ({ id, fields: patch })),
    at: importedAt,
  });
}

const targetOf = (session: Session): PreviewTarget => ({
  participants: session.participants,
  roles: session.options.roles,
});

describe('previewImport', () => {
  it('says how the Google Forms export was read, with its guessed mapping and first rows', async () => {
    const shown = await preview('google-forms-lievin.csv');
    expect(shown).toMatchObject({
      fileName: 'google-forms-lievin.csv',
      encoding: 'utf-8',
      separator: ',',
      sheetName: null,
      headerRow: 1,
      rowCount: 10,
    });
    expect(shown.mapping).toEqual({
      0: null,
      1: 'email',
      2: 'lastName',
      3: 'firstName',
      4: 'organisation',
      5: 'role',
      6: null,
      7: 'territory',
    });
    expect(shown.sample).toHaveLength(5);
    expect(shown.sample[1]).toEqual({
      line: 3,
      cells: [
        '10/01/2025 10:03:11',
        'eloise.ndiaye@nord.gouv.fr',
        'N’Diaye',
        'Éloïse',
        'Préfecture du Nord',
        'État',
        'Déléguée du préfet',
        'Lille',
      ],
    });
    expect(shown.participants).toHaveLength(9);
    expect(shown.errors).toEqual([
      {
        line: 9,
        code: 'invalidEmail',
        reason: 'adresse e-mail invalide («\u00a0c.marchand@@cite-educative-lievin.fr\u00a0»)',
      },
    ]);
    // The form sent twice by Jérôme Lefèvre: same address, same name once accents are set aside.
    expect(shown.duplicates).toHaveLength(1);
    expect(shown.duplicates[0]?.keep).toMatchObject({
      from: 'incoming',
      participant: { lastName: 'Lefèvre', firstName: 'Jérôme' },
    });
    expect(shown.duplicates[0]?.duplicates[0]).toMatchObject({
      participant: { lastName: 'LEFEVRE' },
      reasons: ['email', 'nameAndOrganisation'],
      suggested: 'merge',
    });
  });

  it('reads the file again with the facilitator’s mapping: « Fonction » into the notes', async () => {
    const guessed = await preview('google-forms-lievin.csv');
    const shown = await preview('google-forms-lievin.csv', emptyTarget, {
      ...guessed.mapping,
      6: 'notes',
    });
    expect(shown.mapping[6]).toBe('notes');
    expect(shown.participants[0]).toMatchObject({
      lastName: 'Benali',
      role: 'Collectivité',
      notes: 'Cheffe de projet politique de la ville',
    });
  });

  it('turns columns off when the mapping leaves them out or names columns the file lacks', async () => {
    const shown = await preview('google-forms-lievin.csv', emptyTarget, {
      2: 'lastName',
      3: 'firstName',
      42: 'email',
    });
    expect(shown.mapping).toEqual({
      0: null,
      1: null,
      2: 'lastName',
      3: 'firstName',
      4: null,
      5: null,
      6: null,
      7: null,
    });
    // Without the e-mail column, the invalid address no longer keeps Chloé Marchand out.
    expect(shown.errors).toEqual([]);
    expect(shown.participants[1]).toMatchObject({ lastName: 'N’Diaye', organisation: '' });
  });

  it('lists the rows it cannot read with their line and why, and reads the rest', async () => {
    const shown = await preview('row-problems.csv');
    expect(shown.errors.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: 3, code: 'noName' },
      { line: 4, code: 'invalidEmail' },
      { line: 6, code: 'invalidEmail' },
    ]);
    expect(shown.participants.map((p) => p.lastName)).toEqual(['Benali', 'Marchand']);
  });

  it('finds people already in the session, and a second import of the same file adds nobody', async () => {
    const start = gennevilliersSession({
      participants: [participant('p1', 'BENALI', 'Aicha', 'Mairie de Liévin', 'Collectivité')],
    });
    const first = await preview('google-forms-lievin.csv', targetOf(start));
    expect(first.duplicates.map((g) => g.keep.from).sort()).toEqual(['existing', 'incoming']);
    const once = confirm(start, first);
    expect(once.participants).toHaveLength(8);
    expect(once.participants[0]).toMatchObject({
      id: 'p1',
      lastName: 'BENALI',
      email: 'aicha.benali@mairie-lievin.fr',
      territory: 'Gennevilliers',
    });

    const second = await preview('google-forms-lievin.csv', targetOf(once));
    expect(second.duplicates.every((g) => g.keep.from === 'existing')).toBe(true);
    expect(second.duplicates.flatMap((g) => g.duplicates)).toHaveLength(9);
    expect(confirm(once, second)).toBe(once);
  });

  it('with the one-registration-per-organisation rule, flags the second person of a collectivité', async () => {
    const cycle = gennevilliersSession({ participants: [] });
    const rule: PreviewTarget = { ...targetOf(cycle), onePerOrganisation: true };
    const shown = await preview('anct-cycle-collectivites.csv', rule);
    const who = (id: string) => shown.participants.find((p) => p.id === id);
    expect(
      shown.secondRegistrations.map(({ participantId, rank, first }) => [
        shown.lines[participantId],
        who(participantId)?.organisation,
        rank,
        first.from,
        `${first.participant.firstName} ${first.participant.lastName}`,
      ]),
    ).toEqual([
      [4, 'Ville de Gennevilliers', 2, 'incoming', 'Aïcha Benali'],
      [7, 'CC du Pays de Lunel', 2, 'incoming', 'Jérôme Lefèvre'],
    ]);
    // Aïcha’s form sent twice is her duplicate, not a second registration of her commune.
    expect(
      shown.duplicates.flatMap((g) => g.duplicates.map((d) => shown.lines[d.participant.id])),
    ).toEqual([9]);

    // Once Aïcha is in the session, Maëlle Da Silva is flagged against her.
    const withAicha = confirm(cycle, { ...shown, participants: shown.participants.slice(0, 1) });
    const again = await preview('anct-cycle-collectivites.csv', {
      ...targetOf(withAicha),
      onePerOrganisation: true,
    });
    expect(again.secondRegistrations[0]).toMatchObject({
      rank: 2,
      first: { from: 'existing', participant: { lastName: 'Benali' } },
    });
    expect(again.lines[again.secondRegistrations[0]!.participantId]).toBe(4);
  });

  it('flags nobody when the session does not have the rule', async () => {
    const shown = await preview('anct-cycle-collectivites.csv');
    expect(shown.participants).toHaveLength(8);
    expect(shown.secondRegistrations).toEqual([]);
  });

  it('matches role text against the session’s own roles', async () => {
    const shown = await preview('google-forms-lievin.csv', {
      participants: [],
      roles: ['Services de l’État', 'Élus et collectivités', 'Société civile'],
    });
    // No « Autre » in this session: unknown text stays as the role, to be corrected.
    expect(shown.participants.map((p) => p.role).slice(0, 3)).toEqual([
      'Collectivité',
      'État',
      'Association',
    ]);
  });

  it.each([
    ['photo-renommee.csv', 'import.notATable'],
    ['empty.csv', 'import.empty'],
    ['header-only.csv', 'import.headerOnly'],
  ])('refuses %s with %s', async (name, code) => {
    const result = await previewImport(
      { bytes: await fixtureBytes(name), name },
      null,
      emptyTarget,
      { now: importedAt, newId: sequentialIds() },
    );
    expect(result).toMatchObject({ ok: false, error: { code } });
  });
});
