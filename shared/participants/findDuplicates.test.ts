import { describe, expect, it } from 'vitest';
import { findDuplicates } from './findDuplicates';
import { planImport } from './planImport';
import { person } from './testing/person';

const aicha = person('s1', {
  lastName: 'Benali',
  firstName: 'Aïcha',
  organisation: 'Mairie de Liévin',
  email: 'aicha.benali@mairie-lievin.fr',
});
const jerome = person('s2', {
  lastName: 'Lefèvre',
  firstName: 'Jérôme',
  organisation: 'Centre social Les Oliviers',
});

describe('findDuplicates', () => {
  it('finds people already in the session by e-mail, ignoring case', () => {
    const incoming = [
      person('n1', { lastName: 'B.', firstName: 'A.', email: 'Aicha.Benali@MAIRIE-LIEVIN.fr' }),
    ];
    expect(findDuplicates(incoming, [aicha, jerome])).toEqual([
      {
        keep: { from: 'existing', participant: aicha },
        duplicates: [{ participant: incoming[0], reasons: ['email'], suggested: 'merge' }],
      },
    ]);
  });

  it('finds them by names and organisation, ignoring case, accents, hyphens and apostrophes', () => {
    const incoming = [
      person('n1', {
        lastName: 'LEFEVRE',
        firstName: 'jerome',
        organisation: 'centre-social les oliviers',
      }),
      person('n2', {
        lastName: 'Jérôme',
        firstName: 'Lefèvre',
        organisation: 'Centre social Les Oliviers',
      }),
      person('n3', { lastName: 'Lefèvre', firstName: 'Jérôme', organisation: 'Ville de Nanterre' }),
    ];
    const groups = findDuplicates(incoming, [aicha, jerome]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.keep.participant.id).toBe('s2');
    expect(groups[0]?.duplicates.map((d) => [d.participant.id, d.reasons])).toEqual([
      ['n1', ['nameAndOrganisation']],
      ['n2', ['nameAndOrganisation']],
    ]);
  });

  it('suggests adding someone who only shares an e-mail under another first name', () => {
    const francois = person('s3', {
      lastName: 'Nguyen',
      firstName: 'François',
      email: 'f.nguyen@courriel.fr',
    });
    const incoming = [
      person('n1', { lastName: 'Nguyen', firstName: 'Linh', email: 'F.Nguyen@courriel.fr' }),
      person('n2', { lastName: 'Nguyen', firstName: 'Linh', email: 'f.nguyen@courriel.fr' }),
      person('n3', { lastName: 'NGUYEN', firstName: 'F.', email: 'f.nguyen@courriel.fr' }),
    ];
    const [group] = findDuplicates(incoming, [francois]);
    expect(group?.duplicates.map((d) => [d.participant.id, d.reasons, d.suggested])).toEqual([
      ['n1', ['email'], 'add'],
      ['n2', ['email'], 'add'],
      ['n3', ['email'], 'merge'],
    ]);
  });

  it('prefers the person with the same name to the one with the same e-mail', () => {
    const francois = person('s3', {
      lastName: 'Nguyen',
      firstName: 'François',
      email: 'f.nguyen@courriel.fr',
    });
    const linh = person('s4', {
      lastName: 'Nguyen',
      firstName: 'Linh',
      email: 'f.nguyen@courriel.fr',
    });
    const incoming = [
      person('n1', { lastName: 'Nguyen', firstName: 'Linh', email: 'f.nguyen@courriel.fr' }),
    ];
    const [group] = findDuplicates(incoming, [francois, linh]);
    expect(group?.keep.participant.id).toBe('s4');
    expect(group?.duplicates[0]?.reasons).toEqual(['email', 'nameAndOrganisation']);
  });

  it('does not match people by a first or last name alone', () => {
    const incoming = [person('n1', { lastName: 'Benali', organisation: 'Mairie de Liévin' })];
    expect(findDuplicates(incoming, [aicha])).toEqual([]);
  });

  it('leads a chain of matches to the person in the session', () => {
    // n1 matches Aïcha by name, n2 matches n1 only by its e-mail: both are Aïcha.
    const incoming = [
      person('n1', {
        lastName: 'BENALI',
        firstName: 'Aicha',
        organisation: 'Mairie de Lievin',
        email: 'a.benali@gmail.com',
      }),
      person('n2', { lastName: 'Benali-Haddad', firstName: 'A.', email: 'A.Benali@gmail.com' }),
    ];
    const groups = findDuplicates(incoming, [aicha]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.keep.participant.id).toBe('s1');
    expect(groups[0]?.duplicates.map((d) => [d.participant.id, d.reasons])).toEqual([
      ['n1', ['nameAndOrganisation']],
      ['n2', ['email']],
    ]);
  });

  it('prefers the session to an earlier row when a row matches both', () => {
    const incoming = [
      person('n1', { lastName: 'Lefèvre', firstName: 'Jérôme', email: 'jl@courriel.fr' }),
      person('n2', {
        lastName: 'Lefèvre',
        firstName: 'Jérôme',
        organisation: 'Centre social Les Oliviers',
        email: 'jl@courriel.fr',
      }),
    ];
    const groups = findDuplicates(incoming, [jerome]);
    expect(
      groups.map((g) => [g.keep.participant.id, g.duplicates.map((d) => d.participant.id)]),
    ).toEqual([['s2', ['n2']]]);
  });

  it('scales to 2,000 rows against 2,000 people', () => {
    const existing = Array.from({ length: 2000 }, (_, i) =>
      person(`s${i}`, { lastName: `Nom${i}`, firstName: 'A', email: `a${i}@x.fr` }),
    );
    const incoming = Array.from({ length: 2000 }, (_, i) =>
      person(`n${i}`, { lastName: `Autre${i}`, firstName: 'B', email: `a${i * 2}@x.fr` }),
    );
    const started = performance.now();
    const groups = findDuplicates(incoming, existing);
    expect(performance.now() - started).toBeLessThan(500);
    expect(groups).toHaveLength(1000);
  });
});

describe('planImport', () => {
  const incoming = [
    person('n1', {
      lastName: 'Benali',
      firstName: 'Aïcha',
      organisation: 'Mairie de Liévin',
      role: 'Collectivité',
      territory: 'Liévin',
      tags: ['jeunesse'],
      email: 'aicha.benali@mairie-lievin.fr',
    }),
    person('n2', {
      lastName: 'Haddad',
      firstName: 'Inès',
      role: 'Habitant',
      email: 'ines@courriel.fr',
    }),
    person('n3', {
      lastName: 'HADDAD',
      firstName: 'Ines',
      territory: 'Gennevilliers',
      notes: 'Accès PMR',
    }),
  ];
  const existing = [{ ...aicha, role: 'État', tags: ['élue'] }, jerome];
  const groups = findDuplicates(incoming, existing);

  it('follows the suggestions by default: merges, filling empty fields, uniting tags', () => {
    const plan = planImport(incoming, groups);
    expect(plan.updates).toEqual([
      { id: 's1', patch: { territory: 'Liévin', tags: ['élue', 'jeunesse'] } },
    ]);
    expect(plan.toAdd.map((p) => p.id)).toEqual(['n2']);
    expect(plan.toAdd[0]).toMatchObject({
      territory: 'Gennevilliers',
      notes: 'Accès PMR',
      role: 'Habitant',
    });
    expect(plan.leftOut).toEqual(['n1', 'n3']);
  });

  it('skips or adds as decided', () => {
    const plan = planImport(incoming, groups, { n1: 'skip', n3: 'add' });
    expect(plan.updates).toEqual([]);
    expect(plan.toAdd.map((p) => p.id)).toEqual(['n2', 'n3']);
    expect(plan.toAdd[0]?.territory).toBe('');
    expect(plan.leftOut).toEqual(['n1']);
  });

  it('adds nobody and changes nobody when the same people are imported again', () => {
    const first = planImport(incoming, findDuplicates(incoming, []));
    const session = first.toAdd;
    const again = incoming.map((p) => ({ ...p, id: `again-${p.id}` }));
    const second = planImport(again, findDuplicates(again, session));
    expect(second.toAdd).toEqual([]);
    expect(second.updates).toEqual([]);
    expect(second.leftOut).toHaveLength(3);
  });
});
