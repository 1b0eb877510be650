/**
 * The score of a schedule, in the terms the facilitator reads: pairs meeting again, colleagues
 * together, roles out of balance, constraints not kept. Computed from the ids alone, so it holds
 * for an engine result as well as for groups moved by hand.
 */
import { foldText } from '../util/foldText';
import { evenPairs } from './compile';
import type { GroupingInput, GroupingScore } from './types';

export function scoreRounds(input: GroupingInput, rounds: string[][][]): GroupingScore {
  const people = new Map(input.people.map((p) => [p.id, p]));
  // People kept together are one unit: their meetings and shared organisation do not count.
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    const up = parent.get(id);
    if (up === undefined || up === id) return id;
    const top = root(up);
    parent.set(id, top);
    return top;
  };
  for (const [a, b] of input.keepTogether ?? []) parent.set(root(a), root(b));
  const sameUnit = (a: string, b: string) => root(a) === root(b);

  const fixed = new Map<string, number>(input.hosts?.map((id, index) => [id, index]) ?? []);
  for (const [id, group] of Object.entries(input.fixed ?? {})) fixed.set(id, group);
  const apart = new Set((input.keepApart ?? []).map(([a, b]) => pairKey(a, b)));

  const meetings = new Map<string, number>();
  let sameOrganisationPairs = 0;
  let sameOrganisationMinimum = 0;
  let roleImbalance = 0;
  let keepApartViolations = 0;
  let keepTogetherViolations = 0;
  let fixedViolations = 0;
  let tableRevisits = 0;
  let smallestGroup = Infinity;
  let largestGroup = 0;
  const maxChoices = Math.max(0, ...input.people.map((p) => p.choices?.length ?? 0));
  const choiceRanks = input.strategy === 'theme' ? new Array<number>(maxChoices + 1).fill(0) : [];
  const visited = new Map<string, Set<number>>();

  rounds.forEach((groups) => {
    const groupOf = new Map<string, number>();
    groups.forEach((group, g) => group.forEach((id) => groupOf.set(id, g)));
    const roleCounts = new Map<string, number[]>();
    const organisationUnits = new Map<string, Set<string>>();

    groups.forEach((group, g) => {
      smallestGroup = Math.min(smallestGroup, group.length);
      largestGroup = Math.max(largestGroup, group.length);
      for (let i = 0; i < group.length; i++) {
        const a = group[i]!;
        for (let j = i + 1; j < group.length; j++) {
          const b = group[j]!;
          if (apart.has(pairKey(a, b))) keepApartViolations++;
          if (sameUnit(a, b)) continue;
          const key = pairKey(a, b);
          meetings.set(key, (meetings.get(key) ?? 0) + 1);
          const oa = organisationOf(people.get(a));
          if (oa !== '' && oa === organisationOf(people.get(b))) sameOrganisationPairs++;
        }
      }
      for (const id of group) {
        const person = people.get(id);
        const organisation = organisationOf(person);
        if (organisation !== '') {
          const units = organisationUnits.get(organisation) ?? new Set<string>();
          units.add(root(id));
          organisationUnits.set(organisation, units);
        }
        const role = foldText(person?.role ?? '');
        if (role !== '') {
          const counts = roleCounts.get(role) ?? new Array<number>(groups.length).fill(0);
          counts[g]!++;
          roleCounts.set(role, counts);
        }
        const table = fixed.get(id);
        if (table !== undefined && table !== g) fixedViolations++;
        if (table === undefined) {
          const seen = visited.get(id) ?? new Set<number>();
          if (seen.has(g)) tableRevisits++;
          seen.add(g);
          visited.set(id, seen);
        }
        if (choiceRanks.length > 0 && person?.choices && person.choices.length > 0) {
          const rank = person.choices.indexOf(g);
          choiceRanks[rank === -1 ? maxChoices : rank]!++;
        }
      }
    });

    for (const [a, b] of input.keepTogether ?? []) {
      const ga = groupOf.get(a);
      const gb = groupOf.get(b);
      if (ga !== undefined && gb !== undefined && ga !== gb) keepTogetherViolations++;
    }
    const occupied = groups.filter((group) => group.length > 0).length;
    for (const units of organisationUnits.values())
      sameOrganisationMinimum += evenPairs(units.size, Math.max(1, occupied));
    for (const counts of roleCounts.values()) {
      const present = counts.filter((_, g) => groups[g]!.length > 0);
      roleImbalance += Math.max(0, Math.max(...present) - Math.min(...present) - 1);
    }
  });

  let repeatedPairs = 0;
  let maxMeetings = 0;
  for (const count of meetings.values()) {
    if (count > 1) repeatedPairs++;
    maxMeetings = Math.max(maxMeetings, count);
  }
  const violations = keepApartViolations + keepTogetherViolations + fixedViolations;
  return {
    repeatedPairs,
    maxMeetings,
    sameOrganisationPairs,
    sameOrganisationMinimum,
    roleImbalance,
    tableRevisits,
    choiceRanks,
    keepApartViolations,
    keepTogetherViolations,
    fixedViolations,
    violations,
    smallestGroup: smallestGroup === Infinity ? 0 : smallestGroup,
    largestGroup,
  };
}

function organisationOf(person: { organisation?: string } | undefined): string {
  return foldText(person?.organisation ?? '');
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
