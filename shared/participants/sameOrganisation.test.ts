import { describe, expect, it } from 'vitest';
import { findDuplicates } from './findDuplicates';
import { planImport } from './planImport';
import { findSecondRegistrations, organisationKey, sharedOrganisations } from './sameOrganisation';
import { person } from './testing/person';

const same = (a: string, b: string) => organisationKey(a) === organisationKey(b);

describe('organisationKey', () => {
  it('ignores case, accents, hyphens, apostrophes and extra spaces', () => {
    expect(same('Mairie de Liévin', 'MAIRIE  DE LIEVIN')).toBe(true);
    expect(same('Ville de L’Haÿ-les-Roses', "ville de l'hay les roses")).toBe(true);
    expect(same('Centre social Les Oliviers', 'centre-social les oliviers ')).toBe(true);
  });

  it('takes « Mairie de », « Ville de », « Commune de » and the bare name for one commune', () => {
    const gennevilliers = [
      'Mairie de Gennevilliers',
      'Ville de Gennevilliers',
      'Commune de Gennevilliers',
      'Mairie Gennevilliers',
      'Gennevilliers',
    ];
    for (const written of gennevilliers)
      expect(organisationKey(written), written).toBe('gennevilliers');
    expect(same('Ville d’Angers', 'Mairie d’Angers')).toBe(true);
    expect(same('Mairie du Havre', 'Le Havre')).toBe(true);
    expect(same('Ville de La Rochelle', 'La Rochelle')).toBe(true);
    expect(same('Commune des Abymes', 'Les Abymes')).toBe(true);
    expect(same('Ville de Saint-Denis', 'Mairie de St Denis')).toBe(true);
    expect(same('Mairie de Sainte-Marie', 'Ste-Marie')).toBe(true);
  });

  it('takes « CC » for « Communauté de communes », and keeps it apart from the commune', () => {
    expect(same('Communauté de communes du Pays de Lunel', 'CC du Pays de Lunel')).toBe(true);
    expect(same('CC Pays de Lunel', 'Communauté de Communes Pays de Lunel')).toBe(true);
    expect(same('CC de Lunel', 'Ville de Lunel')).toBe(false);
    expect(same('CC de Lunel', 'Lunel')).toBe(false);
  });

  it('does not over-match', () => {
    expect(same('Département de la Seine', 'Seine')).toBe(false);
    expect(same('Conseil départemental de la Seine-Saint-Denis', 'Seine-Saint-Denis')).toBe(false);
    expect(same('Ville de Nanterre', 'Ville de Nantes')).toBe(false);
    expect(same('Préfecture du Nord', 'Nord')).toBe(false);
    expect(same('Communauté d’agglomération de Lens-Liévin', 'Liévin')).toBe(false);
    expect(same('Villeneuve-la-Garenne', 'Garenne')).toBe(false);
    // An association named « Ville ouverte » is not the commune « Ouverte ».
    expect(same('Ville ouverte', 'Ouverte')).toBe(false);
    expect(organisationKey('Mairie de')).toBe('mairie de');
  });

  it('has no key for an empty organisation', () => {
    expect(organisationKey('')).toBeNull();
    expect(organisationKey('  – ')).toBeNull();
  });
});

const aicha = person('s1', {
  lastName: 'Benali',
  firstName: 'Aïcha',
  organisation: 'Mairie de Gennevilliers',
  email: 'a.benali@ville-gennevilliers.fr',
});
const jerome = person('s2', {
  lastName: 'Lefèvre',
  firstName: 'Jérôme',
  organisation: 'CC du Pays de Lunel',
});

function flags(incoming: ReturnType<typeof person>[], existing: ReturnType<typeof person>[]) {
  return findSecondRegistrations(incoming, existing, findDuplicates(incoming, existing)).map(
    (flag) => [flag.participantId, flag.rank, flag.first.from, flag.first.participant.id],
  );
}

describe('findSecondRegistrations', () => {
  it('flags someone of an organisation already in the session, however it is written', () => {
    const incoming = [
      person('n1', {
        lastName: 'Da Silva',
        firstName: 'Maëlle',
        organisation: 'Ville de Gennevilliers',
      }),
      person('n2', {
        lastName: 'N’Diaye',
        firstName: 'Éloïse',
        organisation: 'Communauté de communes du Pays de Lunel',
      }),
      person('n3', { lastName: 'Hamon', firstName: 'Bérénice', organisation: 'Ville de Lunel' }),
    ];
    expect(flags(incoming, [aicha, jerome])).toEqual([
      ['n1', 2, 'existing', 's1'],
      ['n2', 2, 'existing', 's2'],
    ]);
  });

  it('flags the second and third rows of one commune in the file, against the first row', () => {
    const incoming = [
      person('n1', { lastName: 'Œillet', firstName: 'François', organisation: 'Mairie de Liévin' }),
      person('n2', {
        lastName: 'Marchand',
        firstName: 'Chloé',
        organisation: 'Préfecture du Nord',
      }),
      person('n3', { lastName: 'Vidal', firstName: 'Inès', organisation: 'Commune de Liévin' }),
      person('n4', { lastName: 'Bonnet', firstName: 'Ibrahim', organisation: 'LIÉVIN' }),
    ];
    expect(flags(incoming, [])).toEqual([
      ['n3', 2, 'incoming', 'n1'],
      ['n4', 3, 'incoming', 'n1'],
    ]);
  });

  it('ignores people without an organisation', () => {
    const incoming = [
      person('n1', { lastName: 'Haddad', firstName: 'Inès' }),
      person('n2', { lastName: 'Lagarde', firstName: 'Zoé' }),
    ];
    expect(flags(incoming, [person('s9', { lastName: 'Nguyen', firstName: 'Linh' })])).toEqual([]);
  });

  it('does not take a person’s own duplicate rows for a second registration', () => {
    const incoming = [
      // Aïcha again, as the same list imported twice would bring her.
      person('n1', {
        lastName: 'BENALI',
        firstName: 'Aicha',
        organisation: 'Mairie de Gennevilliers',
      }),
      person('n2', { lastName: 'Lefèvre', firstName: 'Jérôme', organisation: 'Ville de Nanterre' }),
      person('n3', {
        lastName: 'Lefevre',
        firstName: 'Jerome',
        organisation: 'ville de nanterre',
      }),
    ];
    expect(flags(incoming, [aicha])).toEqual([]);
  });

  it('flags another person who only shares an e-mail address, as a payer’s family', () => {
    const incoming = [
      person('n1', {
        lastName: 'Nguyen',
        firstName: 'François',
        organisation: 'Conseil citoyen du Luth',
        email: 'francois.nguyen@courriel.fr',
      }),
      person('n2', {
        lastName: 'Nguyen',
        firstName: 'Linh',
        organisation: 'Conseil citoyen du Luth',
        email: 'francois.nguyen@courriel.fr',
      }),
    ];
    expect(flags(incoming, [])).toEqual([['n2', 2, 'incoming', 'n1']]);
  });

  it('counts a duplicate naming the organisation its first row left out as that person', () => {
    const noOrganisation = { ...aicha, organisation: '' };
    const incoming = [
      person('n1', { ...aicha, id: 'n1', organisation: 'Ville de Gennevilliers' }),
      person('n2', { lastName: 'Da Silva', firstName: 'Maëlle', organisation: 'Gennevilliers' }),
    ];
    expect(flags(incoming, [noOrganisation])).toEqual([['n2', 2, 'existing', 's1']]);
  });
});

describe('a second registration in the import plan', () => {
  it('is added unless the facilitator skips it, as a duplicate can be', () => {
    const incoming = [
      person('n1', {
        lastName: 'Da Silva',
        firstName: 'Maëlle',
        organisation: 'Ville de Gennevilliers',
      }),
      person('n2', {
        lastName: 'Hamon',
        firstName: 'Bérénice',
        organisation: 'Département du Nord',
      }),
    ];
    const groups = findDuplicates(incoming, [aicha]);
    const [flag] = findSecondRegistrations(incoming, [aicha], groups);
    expect(planImport(incoming, groups).toAdd.map((p) => p.id)).toEqual(['n1', 'n2']);
    const skipped = planImport(incoming, groups, { [flag!.participantId]: 'skip' });
    expect(skipped.toAdd.map((p) => p.id)).toEqual(['n2']);
    expect(skipped.leftOut).toEqual(['n1']);
  });
});

describe('sharedOrganisations', () => {
  it('lists, for each person, the others of the session from the same organisation', () => {
    const maelle = person('s3', {
      lastName: 'Da Silva',
      firstName: 'Maëlle',
      organisation: 'Ville de Gennevilliers',
    });
    const ines = person('s4', { lastName: 'Haddad', firstName: 'Inès' });
    const linh = person('s5', { lastName: 'Nguyen', firstName: 'Linh' });
    const shared = sharedOrganisations([aicha, jerome, maelle, ines, linh]);
    expect([...shared.keys()]).toEqual(['s1', 's3']);
    expect(shared.get('s1')?.map((p) => p.id)).toEqual(['s3']);
    expect(shared.get('s3')?.map((p) => p.id)).toEqual(['s1']);
  });
});
