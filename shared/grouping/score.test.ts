import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/t';
import { describeScore } from './describeScore';
import { scoreRounds } from './score';
import type { GroupingInput } from './types';

const t = createTranslator('fr', { strict: true });

// Two rounds of two groups of three, checked by hand.
const input: GroupingInput = {
  people: [
    { id: 'aicha', organisation: 'Mairie de Gennevilliers', role: 'Collectivité' },
    { id: 'jerome', organisation: 'mairie de GENNEVILLIERS ', role: 'Collectivité' },
    { id: 'fatou', organisation: 'Préfecture des Hauts-de-Seine', role: 'État' },
    { id: 'eloise', organisation: 'Prefecture des Hauts-de-Seine', role: 'État' },
    { id: 'francois', organisation: 'CAF des Hauts-de-Seine', role: 'Association' },
    { id: 'maelle', organisation: 'CAF des Hauts-de-Seine', role: 'Association' },
  ],
  strategy: 'rotation',
  rounds: 2,
  sizing: { groupSize: 3, leftovers: 'bigger' },
  keepApart: [['aicha', 'fatou']],
  keepTogether: [['fatou', 'eloise']],
  hosts: ['aicha'],
  fixed: { maelle: 1 },
};
const rounds = [
  [
    ['aicha', 'jerome', 'fatou'],
    ['eloise', 'francois', 'maelle'],
  ],
  [
    ['aicha', 'jerome', 'eloise'],
    ['fatou', 'francois', 'maelle'],
  ],
];

describe('score', () => {
  const score = scoreRounds(input, rounds);

  it('counts pairs meeting again and colleagues together, organisations compared folded', () => {
    // Aïcha–Jérôme and François–Maëlle meet in both rounds; both are pairs of colleagues.
    expect(score.repeatedPairs).toBe(2);
    expect(score.maxMeetings).toBe(2);
    expect(score.sameOrganisationPairs).toBe(4);
    expect(score.sameOrganisationMinimum).toBe(0);
  });

  it('measures role imbalance per round and role', () => {
    // Each round: Collectivité 2–0 and Association 0–2 are off by one more than an even spread.
    expect(score.roleImbalance).toBe(4);
  });

  it('counts constraints not kept and returns to a table, hosts and fixed people aside', () => {
    expect(score.keepApartViolations).toBe(1);
    expect(score.keepTogetherViolations).toBe(2);
    expect(score.fixedViolations).toBe(0);
    expect(score.violations).toBe(3);
    // Jérôme and François sit at the same table twice; Aïcha (host) and Maëlle (fixed) must.
    expect(score.tableRevisits).toBe(2);
    expect([score.smallestGroup, score.largestGroup]).toEqual([3, 3]);
  });

  it('says it in words', () => {
    expect(describeScore(score, input, t)).toEqual([
      { tone: 'bad', text: '2 paires se retrouvent plus d’une fois' },
      { tone: 'bad', text: '4 paires de collègues d’une même structure' },
      { tone: 'warning', text: 'Collèges inégalement répartis (4 écarts)' },
      { tone: 'bad', text: '1 paire à séparer est ensemble' },
      { tone: 'bad', text: '2 paires à réunir sont séparées' },
      { tone: 'good', text: 'Groupes de 3 personnes' },
    ]);
  });

  it('says zero as such', () => {
    const perfect = [
      [
        ['aicha', 'fatou', 'francois'],
        ['jerome', 'eloise', 'maelle'],
      ],
      [
        ['jerome', 'fatou', 'maelle'],
        ['aicha', 'eloise', 'francois'],
      ],
    ];
    const plain: GroupingInput = {
      ...input,
      keepApart: [],
      keepTogether: [],
      hosts: [],
      fixed: {},
    };
    const lines = describeScore(scoreRounds(plain, perfect), plain, t).map((l) => l.text);
    expect(lines).toContain('Personne n’est avec un collègue de sa structure');
    expect(lines).toContain('Collèges équilibrés entre les groupes');
    // With two groups of three, each group of the second round holds two people who met before.
    expect(lines).toContain('2 paires se retrouvent plus d’une fois');
    const single = describeScore(
      scoreRounds({ ...plain, rounds: 1 }, [perfect[0]!]),
      { ...plain, rounds: 1 },
      t,
    );
    expect(single.map((l) => l.text)).toEqual([
      'Personne n’est avec un collègue de sa structure',
      'Collèges équilibrés entre les groupes',
      'Groupes de 3 personnes',
    ]);
  });

  it('says when colleagues could not be kept apart', () => {
    const crowded: GroupingInput = {
      people: ['a', 'b', 'c'].map((id) => ({ id, organisation: 'Ville de Nanterre' })),
      strategy: 'mixed',
      rounds: 1,
      sizing: { groupCount: 2 },
    };
    const score = scoreRounds(crowded, [[['a', 'b'], ['c']]]);
    expect(score.sameOrganisationMinimum).toBe(1);
    expect(describeScore(score, crowded, t)[0]).toEqual({
      tone: 'warning',
      text: '1 paire de collègues d’une même structure (le minimum possible)',
    });
  });

  it('counts placements by choice rank for themes', () => {
    const themed: GroupingInput = {
      people: [
        { id: 'a', choices: [0, 1] },
        { id: 'b', choices: [1, 0] },
        { id: 'c', choices: [1] },
      ],
      strategy: 'theme',
      rounds: 1,
      sizing: { groupCount: 2 },
      themes: [{ capacity: 2 }, { capacity: 2 }],
    };
    const score = scoreRounds(themed, [[['a', 'b'], ['c']]]);
    expect(score.choiceRanks).toEqual([2, 1, 0]);
    expect(describeScore(score, themed, t).map((l) => l.text)).toEqual([
      '2 placements sur 3 au premier choix',
    ]);
  });
});
