import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { formGroups, startGrouping } from './formGroups';
import { seededRandom } from './random';
import { LocalSearch } from './search';
import { golfers, seminarPeople } from './testing/people';
import type { GroupingInput, GroupingResult } from './types';

function run(input: GroupingInput, seed: string | number = 1, maxIterations = 2_000) {
  const result = formGroups(input, { seed, maxIterations, timeMs: 60_000 });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const sizesOf = (result: GroupingResult) =>
  result.rounds.map((round) => round.map((g) => g.length));
const groupOf = (round: string[][], id: string) => round.findIndex((g) => g.includes(id));

describe('sizes', () => {
  it('makes groups that differ by at most one, leftovers in bigger or smaller groups', () => {
    const people = seminarPeople(47);
    const bigger = run({
      people,
      strategy: 'mixed',
      rounds: 1,
      sizing: { groupSize: 5, leftovers: 'bigger' },
    });
    expect(sizesOf(bigger)[0]!.sort()).toEqual([5, 5, 5, 5, 5, 5, 5, 6, 6]);
    const smaller = run({
      people,
      strategy: 'mixed',
      rounds: 1,
      sizing: { groupSize: 5, leftovers: 'smaller' },
    });
    expect(sizesOf(smaller)[0]!.sort()).toEqual([4, 4, 4, 5, 5, 5, 5, 5, 5, 5]);
  });

  it('makes the number of groups asked, everyone placed once per round', () => {
    const people = seminarPeople(23);
    const result = run({ people, strategy: 'rotation', rounds: 3, sizing: { groupCount: 4 } });
    for (const round of result.rounds) {
      expect(round.map((g) => g.length).sort()).toEqual([5, 6, 6, 6]);
      expect(round.flat().sort()).toEqual(people.map((p) => p.id).sort());
    }
  });
});

describe('constraints', () => {
  const people = seminarPeople(30);
  const [a, b, c, d, e] = people.map((p) => p.id);

  it('always keeps together people who must be, in every round', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const result = run(
        {
          people,
          strategy: 'rotation',
          rounds: 4,
          sizing: { groupSize: 5, leftovers: 'bigger' },
          keepTogether: [
            [a!, b!],
            [b!, c!],
          ],
        },
        seed,
      );
      for (const round of result.rounds) {
        expect(groupOf(round, a!)).toBe(groupOf(round, b!));
        expect(groupOf(round, b!)).toBe(groupOf(round, c!));
        expect(round.every((g) => g.length >= 5 && g.length <= 6)).toBe(true);
      }
      // Kept together, they are not counted as meeting again.
      expect(result.score.keepTogetherViolations).toBe(0);
    }
  });

  it('keeps table hosts at their table in every round and the others moving', () => {
    const hosts = people.slice(0, 6).map((p) => p.id);
    const result = run({
      people,
      strategy: 'rotation',
      rounds: 4,
      sizing: { groupSize: 5, leftovers: 'bigger' },
      hosts,
      mix: [],
    });
    for (const round of result.rounds)
      hosts.forEach((host, table) => expect(round[table]).toContain(host));
    expect(result.score).toMatchObject({ repeatedPairs: 0, fixedViolations: 0, violations: 0 });
  });

  it('puts people fixed to a group in that group, and keeps apart people who must be', () => {
    const result = run({
      people,
      strategy: 'mixed',
      rounds: 2,
      sizing: { groupCount: 5 },
      fixed: { [d!]: 4 },
      keepApart: [[a!, e!]],
    });
    for (const round of result.rounds) {
      expect(round[4]).toContain(d);
      expect(groupOf(round, a!)).not.toBe(groupOf(round, e!));
    }
    expect(result.score.violations).toBe(0);
  });

  it('keeps locked people and locked groups when regenerating the rest', () => {
    const first = run({
      people,
      strategy: 'rotation',
      rounds: 3,
      sizing: { groupSize: 5, leftovers: 'bigger' },
    });
    const lockedGroup = first.rounds[1]![2]!;
    const regenerated = run(
      {
        people,
        strategy: 'rotation',
        rounds: 3,
        sizing: { groupSize: 5, leftovers: 'bigger' },
        pinned: [
          ...lockedGroup.map((personId) => ({ round: 1, group: 2, personId })),
          { round: 0, group: 3, personId: e! },
        ],
        closedGroups: [{ round: 1, group: 2 }],
      },
      99,
    );
    expect(regenerated.rounds[1]![2]!.slice().sort()).toEqual(lockedGroup.slice().sort());
    expect(regenerated.rounds[0]![3]).toContain(e);
  });

  it('refuses contradictions with the reason, before searching', () => {
    const base: GroupingInput = {
      people,
      strategy: 'mixed',
      rounds: 1,
      sizing: { groupSize: 5, leftovers: 'bigger' },
    };
    const refusal = (input: Partial<GroupingInput>) => {
      const result = formGroups({ ...base, ...input });
      return result.ok ? null : result.error;
    };
    expect(refusal({ keepTogether: [[a!, b!]], keepApart: [[b!, a!]] })).toMatchObject({
      code: 'grouping.togetherAndApart',
    });
    expect(refusal({ keepTogether: [[a!, b!]], fixed: { [a!]: 0, [b!]: 1 } })).toMatchObject({
      code: 'grouping.fixedApart',
    });
    expect(
      refusal({ keepTogether: people.slice(0, 7).map((p, i) => [p.id, people[i + 1]!.id]) }),
    ).toMatchObject({ code: 'grouping.blockTooBig', details: { size: 5 } });
    expect(refusal({ hosts: people.slice(0, 7).map((p) => p.id) })).toMatchObject({
      code: 'grouping.tooManyHosts',
      details: { count: 7, groups: 6 },
    });
    expect(refusal({ fixed: { [a!]: 6 } })).toMatchObject({ code: 'grouping.noSuchGroup' });
    expect(
      refusal({ fixed: Object.fromEntries(people.slice(0, 6).map((p) => [p.id, 0])) }),
    ).toMatchObject({
      code: 'grouping.groupOverfull',
      details: { group: 1 },
    });
    expect(refusal({ keepApart: [[a!, 'inconnu']] })).toMatchObject({
      code: 'grouping.unknownPerson',
      details: { name: 'inconnu' },
    });
    expect(refusal({ people: [] })).toMatchObject({ code: 'grouping.noPeople' });
    expect(refusal({ sizing: { groupSize: 1, leftovers: 'bigger' } })).toMatchObject({
      code: 'grouping.badSize',
    });
    expect(
      refusal({ strategy: 'theme', themes: [{ capacity: 10 }, { capacity: 12 }] }),
    ).toMatchObject({
      code: 'grouping.overCapacity',
      details: { capacity: 22, count: 30 },
    });
  });
});

describe('strategies', () => {
  it('spreads organisations and roles (mixed): nobody with a colleague when possible', () => {
    const people = seminarPeople(42, 7);
    const result = run({
      people,
      strategy: 'mixed',
      rounds: 1,
      sizing: { groupSize: 6, leftovers: 'bigger' },
    });
    expect(result.score.sameOrganisationPairs).toBe(0);
    expect(result.score.roleImbalance).toBe(0);
    expect(result.isOptimal).toBe(true);
  });

  it('says when colleagues must share a group: more colleagues than groups', () => {
    // 7 organisations of 6 people in 5 groups: each organisation has 2 pairs at least.
    const people = seminarPeople(42, 7);
    const result = run({ people, strategy: 'mixed', rounds: 1, sizing: { groupCount: 5 } });
    expect(result.score.sameOrganisationMinimum).toBe(7 * 1);
    expect(result.score.sameOrganisationPairs).toBe(result.score.sameOrganisationMinimum);
  });

  it('gives first choices where capacity allows, then second choices', () => {
    const people = seminarPeople(12).map((p, i) => ({ ...p, choices: i < 8 ? [0, 1] : [1, 2] }));
    const result = run({
      people,
      strategy: 'theme',
      rounds: 1,
      sizing: { groupSize: 4, leftovers: 'bigger' },
      themes: [{ capacity: 5 }, { capacity: 5 }, { capacity: 5 }],
    });
    // Eight want theme 0 (5 places): 5 get it, 3 get theme 1, their second; 2 of the 4 others
    // get theme 1, their first, and 2 theme 2, their second: 7 first choices, 5 second.
    expect(result.rounds[0]!.map((g) => g.length)).toEqual([5, 5, 2]);
    expect(result.score.choiceRanks).toEqual([7, 5, 0]);
  });

  it('sends people to a different theme each round, in their order of choice', () => {
    const people = seminarPeople(9).map((p) => ({ ...p, choices: [0, 1, 2] }));
    const result = run({
      people,
      strategy: 'theme',
      rounds: 3,
      sizing: { groupSize: 3, leftovers: 'bigger' },
      themes: [{ capacity: 3 }, { capacity: 3 }, { capacity: 3 }],
    });
    for (const person of people) {
      const themes = result.rounds.map((round) => groupOf(round, person.id));
      expect(new Set(themes).size).toBe(3);
    }
    expect(result.score.tableRevisits).toBe(0);
  });

  it('random groups are only random: colleagues may meet, but constraints hold', () => {
    const people = seminarPeople(30, 3);
    const [a, b] = [people[0]!.id, people[3]!.id];
    const result = run({
      people,
      strategy: 'random',
      rounds: 1,
      sizing: { groupSize: 5, leftovers: 'bigger' },
      keepApart: [[a, b]],
    });
    expect(result.score.sameOrganisationPairs).toBeGreaterThan(0);
    expect(groupOf(result.rounds[0]!, a)).not.toBe(groupOf(result.rounds[0]!, b));
  });
});

describe('perfect schedules', () => {
  it.each([
    [16, 4, 5],
    [25, 5, 6],
    [15, 3, 7],
    [36, 6, 3],
    [32, 4, 9],
  ])('%i people in groups of %i over %i rounds: nobody meets twice', (n, size, rounds) => {
    const result = run({
      people: golfers(n),
      strategy: 'rotation',
      rounds,
      sizing: { groupSize: size, leftovers: 'bigger' },
      mix: [],
    });
    expect(result.score.repeatedPairs).toBe(0);
    expect(result.score.maxMeetings).toBe(1);
    expect(result.isOptimal).toBe(true);
  });

  it('knows when repeats cannot be avoided (16 in 4×4 over 6 rounds)', () => {
    const result = run({
      people: golfers(16),
      strategy: 'rotation',
      rounds: 6,
      sizing: { groupSize: 4, leftovers: 'bigger' },
      mix: [],
    });
    // Each person meets 18 others for 15 people: at least 3 extra meetings each, 24 in all.
    expect(result.score.repeatedPairs).toBeGreaterThanOrEqual(24);
  });
});

describe('determinism, progress and cancel', () => {
  const input: GroupingInput = {
    people: seminarPeople(40),
    strategy: 'rotation',
    rounds: 4,
    sizing: { groupSize: 5, leftovers: 'bigger' },
    mix: ['organisation', 'role', 'territory'],
  };

  it('gives the same groups for the same seed, other groups for another', () => {
    expect(run(input, 'graine', 300).rounds).toEqual(run(input, 'graine', 300).rounds);
    expect(run(input, 'graine', 300).rounds).not.toEqual(run(input, 'autre', 300).rounds);
  });

  it('reports progress and stops when cancelled, keeping the best so far', () => {
    let clock = 0;
    const progress: number[] = [];
    const started = startGrouping(
      { ...input, people: seminarPeople(60), rounds: 6 },
      {
        seed: 3,
        timeMs: 1000,
        now: () => (clock += 7),
        onProgress: (p) => progress.push(p.fraction),
      },
    );
    if (!started.ok) throw new Error('refused');
    const search = started.value;
    expect(search.run(100)).toBe(false);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((f) => f >= 0 && f <= 1)).toBe(true);
    search.cancel();
    expect(search.run(100)).toBe(true);
    const result = search.result();
    expect(result.rounds).toHaveLength(6);
    expect(result.rounds.every((round) => round.flat().length === 60)).toBe(true);
  });

  it('stops at the time budget', () => {
    let clock = 0;
    const started = startGrouping(
      {
        ...input,
        people: golfers(36),
        sizing: { groupSize: 6, leftovers: 'bigger' },
        rounds: 5,
        mix: [],
      },
      { seed: 1, timeMs: 500, now: () => (clock += 1) },
    );
    if (!started.ok) throw new Error('refused');
    while (!started.value.run(50));
    expect(clock).toBeGreaterThanOrEqual(500);
    expect(clock).toBeLessThan(600);
  });
});

describe('the search', () => {
  it('keeps its incremental cost equal to the cost recomputed from scratch', () => {
    const people = seminarPeople(26).map((p, i) => ({ ...p, choices: [i % 4, (i + 1) % 4] }));
    for (const input of [
      {
        people,
        strategy: 'rotation',
        rounds: 3,
        sizing: { groupSize: 4, leftovers: 'bigger' },
        mix: ['organisation', 'role', 'territory'],
        keepTogether: [[people[0]!.id, people[1]!.id]],
        keepApart: [[people[2]!.id, people[3]!.id]],
        hosts: [people[4]!.id],
      },
      {
        people,
        strategy: 'theme',
        rounds: 2,
        sizing: { groupSize: 4, leftovers: 'bigger' },
        themes: [{ capacity: 8 }, { capacity: 8 }, { capacity: 8 }, { capacity: 8 }],
      },
    ] satisfies GroupingInput[]) {
      const compiled = compile(input);
      if (!compiled.ok) throw new Error('refused');
      const search = new LocalSearch(compiled.value, seededRandom(5));
      search.start(null);
      for (let i = 0; i < 300; i++) {
        search.step();
        if (i % 50 === 0) expect(search.cost).toBe(search.recomputedCost());
      }
      expect(search.cost).toBe(search.recomputedCost());
      expect(search.bestCost).toBeLessThanOrEqual(search.cost);
    }
  });
});
