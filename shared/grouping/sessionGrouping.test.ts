import { describe, expect, it } from 'vitest';
import type { Grouping } from '../model/groupings';
import { gennevilliersSession, participant } from '../testing/sampleSession';
import { formGroups } from './formGroups';
import {
  choicesFromTags,
  generationInput,
  peopleToPlace,
  roundsFromResult,
  scoringInput,
} from './sessionGrouping';

const at = '2025-02-04T10:20:00.000Z';
const people = [
  participant('aicha', 'Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'),
  participant('jerome', 'Lefèvre', 'Jérôme', 'Préfecture des Hauts-de-Seine', 'État'),
  participant('fatou', 'N’Diaye', 'Fatoumata', 'Centre social Les Oliviers', 'Association'),
  participant('eloise', 'Dupont', 'Éloïse', 'Ville de Nanterre', 'Collectivité'),
  participant('francois', 'Œuvrard', 'François', 'CAF des Hauts-de-Seine', 'Association'),
  participant('maelle', 'Da Silva', 'Maëlle', 'Préfecture des Hauts-de-Seine', 'État'),
].map((p, i) => ({ ...p, attendance: i === 5 ? ('absent' as const) : ('present' as const) }));
const table = (id: string, name: string, memberIds: string[], extra = {}) => ({
  id,
  name,
  color: '#1d4ed8',
  memberIds,
  hostId: null,
  isLocked: false,
  lockedMemberIds: [] as string[],
  ...extra,
});
const cafe: Grouping = {
  id: 'cafe',
  sequenceId: null,
  name: 'World café',
  strategy: 'rotation',
  params: {
    rounds: 2,
    groupSize: 2,
    hostIds: ['aicha', 'maelle', 'jerome'],
    keepApart: [
      ['fatou', 'eloise'],
      ['maelle', 'francois'],
    ],
  },
  rounds: [
    {
      groups: [
        table('t1', 'Jeunesse', ['aicha', 'fatou'], { lockedMemberIds: ['fatou'] }),
        table('t2', 'Table 2', ['jerome', 'eloise', 'francois']),
      ],
    },
    {
      groups: [
        table('t1', 'Jeunesse', ['aicha', 'eloise']),
        table('t2', 'Table 2', ['jerome', 'fatou', 'francois'], { isLocked: true }),
      ],
    },
  ],
  createdAt: at,
};
const session = gennevilliersSession({ participants: people, groupings: [cafe] });

describe('a session’s grouping and the engine', () => {
  it('places present people, or everyone not absent or excused', () => {
    expect(peopleToPlace(people, 'present').map((p) => p.id)).not.toContain('maelle');
    const all = peopleToPlace(
      people.map((p) => ({ ...p, attendance: 'unknown' as const })),
      'all',
    );
    expect(all).toHaveLength(6);
  });

  it('asks for the present people, with constraints and hosts among them, and keeps locks', () => {
    const input = generationInput(session, cafe);
    expect(input.people.map((p) => p.id)).toEqual([
      'aicha',
      'jerome',
      'fatou',
      'eloise',
      'francois',
    ]);
    expect(input.hosts).toEqual(['aicha', 'jerome']);
    expect(input.keepApart).toEqual([['fatou', 'eloise']]);
    expect(input.pinned).toEqual([
      { round: 0, group: 0, personId: 'fatou' },
      { round: 1, group: 1, personId: 'jerome' },
      { round: 1, group: 1, personId: 'fatou' },
      { round: 1, group: 1, personId: 'francois' },
    ]);
    expect(input.closedGroups).toEqual([{ round: 1, group: 1 }]);
    const result = formGroups(input, { seed: 1, maxIterations: 500 });
    expect(result.ok && result.value.rounds[1]![1]!.sort()).toEqual([
      'fatou',
      'francois',
      'jerome',
    ]);
  });

  it('turns a result into tables that keep their id, name, colour, host and still-true locks', () => {
    const rounds = roundsFromResult(
      cafe,
      [
        [['aicha', 'fatou'], ['jerome', 'eloise'], ['francois']],
        [['aicha', 'eloise'], ['jerome', 'fatou', 'francois'], []],
      ],
      ['aicha', 'jerome'],
      { name: (i) => `Table ${i + 1}`, newId: () => 't3' },
    );
    expect(rounds[0]!.groups.map((g) => [g.id, g.name, g.hostId])).toEqual([
      ['t1', 'Jeunesse', 'aicha'],
      ['t2', 'Table 2', 'jerome'],
      ['t3', 'Table 3', null],
    ]);
    expect(rounds[0]!.groups[2]!.color).not.toBe('');
    expect(rounds[0]!.groups[0]!.lockedMemberIds).toEqual(['fatou']);
    expect(rounds[1]!.groups[1]!.isLocked).toBe(true);
    expect(rounds[1]!.groups[2]).toMatchObject({ id: 't3', memberIds: [] });
  });

  it('scores the groups as they are, hosts at the tables that say so', () => {
    const input = scoringInput(session, cafe);
    expect(input.people.map((p) => p.id).sort()).toEqual([
      'aicha',
      'eloise',
      'fatou',
      'francois',
      'jerome',
    ]);
    expect(input.rounds).toBe(2);
    expect(input.fixed).toEqual({});
    const hosted = scoringInput(session, {
      ...cafe,
      rounds: cafe.rounds.map((r) => ({
        groups: r.groups.map((g, i) => ({ ...g, hostId: i === 0 ? 'aicha' : null })),
      })),
    });
    expect(hosted.fixed).toEqual({ aicha: 0 });
  });

  it('reads theme choices from tags, in their order, accents and case aside', () => {
    const themes = [{ name: 'Jeunesse' }, { name: 'Éducation' }, { name: 'Tranquillité publique' }];
    const choices = choicesFromTags(
      [
        { id: 'aicha', tags: ['tranquillite publique', 'élu·e', 'JEUNESSE'] },
        { id: 'jerome', tags: ['logement'] },
        { id: 'fatou', tags: ['éducation', 'Éducation'] },
      ],
      themes,
      { jerome: [1] },
    );
    expect(choices).toEqual({ aicha: [2, 0], jerome: [1], fatou: [1] });
  });
});
