import { describe, expect, it } from 'vitest';
import { defaultRoles, type Participant } from '../model/participants';
import {
  countAttendance,
  countByOrganisation,
  countByRole,
  filterParticipants,
  noFilters,
  searchParticipants,
  sortParticipants,
} from './participantList';
import { person } from './testing/person';

const people: Participant[] = [
  person('p1', {
    lastName: 'Benali',
    firstName: 'Aïcha',
    organisation: 'Mairie de Liévin',
    role: 'Collectivité',
    email: 'aicha.benali@mairie-lievin.fr',
    attendance: 'present',
  }),
  person('p2', {
    lastName: 'N’Diaye',
    firstName: 'Éloïse',
    organisation: 'Préfecture du Nord',
    role: 'État',
    attendance: 'present',
  }),
  person('p3', {
    lastName: 'Lefèvre',
    firstName: 'Jérôme',
    organisation: 'Centre social Les Oliviers',
    role: 'Association',
    tags: ['jeunesse'],
    attendance: 'excused',
  }),
  person('p4', {
    lastName: 'Dupont-Aignan',
    firstName: 'Maëlle',
    organisation: 'MAIRIE DE LIEVIN',
    role: 'Collectivité',
    territory: 'Liévin',
  }),
  person('p5', {
    lastName: 'de La Tour',
    firstName: 'Alix',
    organisation: '',
    role: '',
    isWalkIn: true,
    attendance: 'present',
  }),
  person('p6', {
    lastName: 'Émery',
    firstName: 'Lise',
    organisation: 'Conseil citoyen',
    role: 'Élu·e',
    attendance: 'absent',
  }),
];

const lastNames = (list: Participant[]) => list.map((p) => p.lastName);

describe('searchParticipants', () => {
  it.each([
    ['ndi', ['N’Diaye']],
    ['NDIAYE', ['N’Diaye']],
    ['n’di', ['N’Diaye']],
    ['lefe', ['Lefèvre']],
    ['eloise', ['N’Diaye']],
    ['dupontai', ['Dupont-Aignan']],
    ['aignan', ['Dupont-Aignan']],
    ['delatour', ['de La Tour']],
    ['la tour', ['de La Tour']],
    ['jeunesse', ['Lefèvre']],
    ['lievin', ['Benali', 'Dupont-Aignan']],
    ['mairie mae', ['Dupont-Aignan']],
    ['nali', []],
    ['ali', ['de La Tour']],
  ])('« %s » finds %j', (query, expected) => {
    expect(lastNames(searchParticipants(people, query))).toEqual(expected);
  });

  it('puts last names starting with the letters first, then first names, then the rest', () => {
    const list = [
      person('a', { lastName: 'Martin', firstName: 'Élise' }),
      person('b', { lastName: 'Élie', firstName: 'Paul' }),
      person('c', { lastName: 'Dubois', firstName: 'Éliane', organisation: 'Élysée' }),
      person('d', { lastName: 'Roux', firstName: 'Marc', organisation: 'Élan solidaire' }),
    ];
    expect(lastNames(searchParticipants(list, 'eli'))).toEqual(['Élie', 'Dubois', 'Martin']);
    expect(lastNames(searchParticipants(list, 'el'))).toEqual(['Élie', 'Dubois', 'Martin', 'Roux']);
  });

  it('lists everyone by last name when nothing is typed', () => {
    expect(lastNames(searchParticipants(people, '  '))).toEqual([
      'Benali',
      'de La Tour',
      'Dupont-Aignan',
      'Émery',
      'Lefèvre',
      'N’Diaye',
    ]);
  });
});

describe('sortParticipants', () => {
  it('sorts by organisation, empty ones last in both directions', () => {
    const up = sortParticipants(people, { key: 'organisation', direction: 'ascending' }, []);
    expect(up.map((p) => p.organisation)).toEqual([
      'Centre social Les Oliviers',
      'Conseil citoyen',
      'Mairie de Liévin',
      'MAIRIE DE LIEVIN',
      'Préfecture du Nord',
      '',
    ]);
    const down = sortParticipants(people, { key: 'organisation', direction: 'descending' }, []);
    expect(down.map((p) => p.organisation).at(-1)).toBe('');
    expect(down[0]?.organisation).toBe('Préfecture du Nord');
  });

  it('sorts roles in the order of the session’s list, unknown roles after', () => {
    const sorted = sortParticipants(people, { key: 'role', direction: 'ascending' }, defaultRoles);
    expect(sorted.map((p) => p.role)).toEqual([
      'État',
      'Collectivité',
      'Collectivité',
      'Association',
      'Élu·e',
      '',
    ]);
  });

  it('sorts by attendance: present first, then not yet seen, excused, absent', () => {
    const sorted = sortParticipants(people, { key: 'attendance', direction: 'ascending' }, []);
    expect(sorted.map((p) => p.attendance)).toEqual([
      'present',
      'present',
      'present',
      'unknown',
      'excused',
      'absent',
    ]);
  });
});

describe('filterParticipants', () => {
  it('filters by role, by organisation ignoring case and accents, and by attendance', () => {
    const collectivite = filterParticipants(people, { ...noFilters, role: 'Collectivité' }, '');
    expect(lastNames(collectivite)).toEqual(['Benali', 'Dupont-Aignan']);
    const mairie = filterParticipants(
      people,
      { ...noFilters, organisation: 'Mairie de Liévin' },
      '',
    );
    expect(lastNames(mairie)).toEqual(['Benali', 'Dupont-Aignan']);
    const withoutRole = filterParticipants(people, { ...noFilters, role: '' }, '');
    expect(lastNames(withoutRole)).toEqual(['de La Tour']);
    const here = filterParticipants(people, { ...noFilters, attendance: 'present' }, 'mai');
    expect(lastNames(here)).toEqual(['Benali']);
  });
});

describe('counts', () => {
  it('counts each role of the list, then others, then people without one', () => {
    expect(countByRole(people, defaultRoles)).toEqual([
      { role: 'État', total: 1, present: 1 },
      { role: 'Collectivité', total: 2, present: 1 },
      { role: 'Association', total: 1, present: 0 },
      { role: 'Habitant', total: 0, present: 0 },
      { role: 'Entreprise', total: 0, present: 0 },
      { role: 'Autre', total: 0, present: 0 },
      { role: 'Élu·e', total: 1, present: 0 },
      { role: '', total: 1, present: 1 },
    ]);
  });

  it('counts organisations as one whatever their spelling, most represented first', () => {
    expect(countByOrganisation(people)).toEqual([
      { organisation: 'Mairie de Liévin', total: 2, present: 1 },
      { organisation: 'Centre social Les Oliviers', total: 1, present: 0 },
      { organisation: 'Conseil citoyen', total: 1, present: 0 },
      { organisation: 'Préfecture du Nord', total: 1, present: 1 },
    ]);
  });

  it('counts attendance and walk-ins', () => {
    expect(countAttendance(people)).toEqual({
      total: 6,
      present: 3,
      absent: 1,
      excused: 1,
      unknown: 1,
      walkIns: 1,
    });
  });
});
