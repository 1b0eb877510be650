/**
 * Turns a grouping request into the indexed problem the search works on: people and groups as
 * numbers, people who must stay together merged into units, pins per round, size bounds per
 * group, and the weight of every pair and of every (person, group). Contradictory requests are
 * refused here, with the reason, before any search.
 *
 * The objective is a weighted sum the search minimises:
 *   keep-apart pairs together · repeated meetings · same-organisation / territory / role / tag
 *   pairs in a group · theme choice ranks · revisits of a theme.
 * Spreading a value evenly is the same as minimising its same-value pairs (the pair count is a
 * convex function of the count per group), so "roles balanced" is a pair term too.
 */
import { fail, ok, type Result } from '../result';
import { foldText } from '../util/foldText';
import { addAt } from './typedArrays';
import type { GroupingInput, MixAttribute } from './types';

/** The weights of the objective: violations first, then repeats and colleagues, then balance. */
export const weights = {
  keepApart: 10_000,
  repeat: 100,
  organisation: 100,
  territory: 20,
  role: 5,
  tags: 2,
  /** Per step of choice rank (1st choice 0, 2nd 1, 3rd 3, 4th 7 …, none of them more). */
  themeRank: 100,
  /** Sitting twice at the same theme across rounds. */
  revisit: 1_000,
} as const;

export type Compiled = {
  ids: string[];
  /** People, rounds, groups, units. */
  n: number;
  R: number;
  G: number;
  U: number;
  unitOf: Int32Array;
  unitMembers: number[][];
  unitSize: Int32Array;
  /** Per round and unit: the group it is pinned to, or −1. */
  pin: Int32Array;
  /** Per round and group: the allowed number of people. */
  lo: Int32Array;
  hi: Int32Array;
  /** Per round and group: 1 when locked (nobody joins or leaves). */
  closed: Uint8Array;
  /** Per pair of people (n × n): the cost of being in the same group in a round. */
  pairCost: Int32Array;
  /** The cost of each extra meeting of a pair (0: meetings across rounds do not matter). */
  repeatCost: number;
  /** Per person and group (n × G), in every round: theme choice cost; null when none. */
  unaryCost: Int32Array | null;
  /** The cost of sitting at the same group again in another round (themes only). */
  revisitCost: number;
  /** No schedule costs less than this: reaching it proves the result optimal. */
  lowerBound: number;
  /** Groups without pins whose labels can be permuted within a round (no themes). */
  canRelabel: boolean;
};

const defaultMix: MixAttribute[] = ['organisation', 'role'];

export function compile(input: GroupingInput): Result<Compiled> {
  const seen = new Set<string>();
  const people = input.people.filter((p) => !seen.has(p.id) && seen.add(p.id));
  const n = people.length;
  if (n === 0) return fail('grouping.noPeople');
  const indexOf = new Map(people.map((p, i) => [p.id, i]));
  const R = Math.max(1, Math.floor(input.rounds));
  const isTheme = input.strategy === 'theme';
  const themes = isTheme ? (input.themes ?? []) : [];

  // Group count and default bounds.
  const G = groupCount(n, input);
  if (isTheme) {
    if (G === 0) return fail('grouping.badSize', { count: n });
    const capacity = themes.reduce((sum, t) => sum + Math.max(0, Math.floor(t.capacity)), 0);
    if (capacity < n) return fail('grouping.overCapacity', { capacity, count: n });
  } else if (
    !(G >= 1) ||
    G > n ||
    ('groupSize' in input.sizing && !(input.sizing.groupSize >= 2) && n > 1)
  ) {
    return fail('grouping.badSize', { count: n });
  }

  const name = (...indices: number[]) => indices.map((i) => people[i]!.id).join(', ');
  const resolve = (id: string): number | null => indexOf.get(id) ?? null;

  // Units: people kept together (union–find).
  const parent = Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (const [a, b] of input.keepTogether ?? []) {
    const ia = resolve(a);
    const ib = resolve(b);
    if (ia === null || ib === null)
      return fail('grouping.unknownPerson', { name: ia === null ? a : b });
    parent[root(ia)] = root(ib);
  }
  const unitByRoot = new Map<number, number>();
  const unitOf = new Int32Array(n);
  const unitMembers: number[][] = [];
  for (let i = 0; i < n; i++) {
    const r = root(i);
    let unit = unitByRoot.get(r);
    if (unit === undefined) {
      unit = unitMembers.length;
      unitByRoot.set(r, unit);
      unitMembers.push([]);
    }
    unitOf[i] = unit;
    unitMembers[unit]!.push(i);
  }
  const U = unitMembers.length;
  const unitSize = Int32Array.from(unitMembers, (m) => m.length);

  // Pins: fixed people and hosts in every round, pinned people in one round.
  const pin = new Int32Array(R * U).fill(-1);
  const setPin = (round: number, person: number, group: number): Result<null> => {
    if (!Number.isInteger(group) || group < 0 || group >= G)
      return fail('grouping.noSuchGroup', { name: name(person), group: group + 1, groups: G });
    const unit = unitOf[person]!;
    const current = pin[round * U + unit]!;
    if (current !== -1 && current !== group)
      return fail('grouping.fixedApart', { name: name(...unitMembers[unit]!) });
    pin[round * U + unit] = group;
    return ok(null);
  };
  const hosts = input.hosts ?? [];
  if (hosts.length > G) return fail('grouping.tooManyHosts', { count: hosts.length, groups: G });
  const fixed: [string, number][] = [
    ...hosts.map((id, index): [string, number] => [id, index]),
    ...Object.entries(input.fixed ?? {}),
  ];
  const fixedGroup = new Map<number, number>();
  for (const [id, group] of fixed) {
    const person = resolve(id);
    if (person === null) return fail('grouping.unknownPerson', { name: id });
    fixedGroup.set(person, group);
  }
  for (const [person, group] of fixedGroup)
    for (let r = 0; r < R; r++) {
      const pinned = setPin(r, person, group);
      if (!pinned.ok) return pinned;
    }
  for (const { round, group, personId } of input.pinned ?? []) {
    const person = resolve(personId);
    if (round < 0 || round >= R || person === null) continue;
    if (fixedGroup.has(person)) continue;
    const pinned = setPin(round, person, group);
    if (!pinned.ok) return pinned;
  }

  // Size bounds per round and group; closed groups hold exactly their pinned people.
  const lo = new Int32Array(R * G);
  const hi = new Int32Array(R * G);
  const closed = new Uint8Array(R * G);
  const pinnedCount = new Int32Array(R * G);
  for (let r = 0; r < R; r++)
    for (let u = 0; u < U; u++) {
      const g = pin[r * U + u]!;
      if (g !== -1) addAt(pinnedCount, r * G + g, unitSize[u]!);
    }
  for (let r = 0; r < R; r++) {
    const locked = new Set(
      (input.closedGroups ?? [])
        .filter((c) => c.round === r && c.group >= 0 && c.group < G)
        .map((c) => c.group),
    );
    let free = n;
    for (const g of locked) free -= pinnedCount[r * G + g]!;
    const open = G - locked.size;
    if (open === 0 && free > 0) return fail('grouping.allLocked', { round: r + 1 });
    for (let g = 0; g < G; g++) {
      const at = r * G + g;
      if (locked.has(g)) {
        closed[at] = 1;
        lo[at] = hi[at] = pinnedCount[at]!;
      } else if (isTheme) {
        lo[at] = 0;
        hi[at] = Math.max(0, Math.floor(themes[g]!.capacity));
      } else {
        lo[at] = Math.floor(free / open);
        hi[at] = Math.ceil(free / open);
      }
      if (pinnedCount[at]! > hi[at]!) return fail('grouping.groupOverfull', { group: g + 1 });
    }
  }
  const largest = Math.max(...hi);
  for (const members of unitMembers)
    if (members.length > largest)
      return fail('grouping.blockTooBig', { name: name(...members), size: largest });

  // Pair costs.
  const isRandom = input.strategy === 'random';
  const mix = isRandom ? [] : (input.mix ?? defaultMix);
  const pairCost = new Int32Array(n * n);
  const valuesOf = (attribute: MixAttribute, i: number): string[] => {
    const person = people[i]!;
    const raw = attribute === 'tags' ? (person.tags ?? []) : [person[attribute] ?? ''];
    return [...new Set(raw.map(foldText).filter((v) => v !== ''))];
  };
  let staticBound = 0;
  for (const attribute of mix) {
    const weight = weights[attribute];
    const byValue = new Map<string, number[]>();
    for (let i = 0; i < n; i++)
      for (const value of valuesOf(attribute, i)) {
        const list = byValue.get(value) ?? [];
        list.push(i);
        byValue.set(value, list);
      }
    for (const holders of byValue.values()) {
      for (let a = 0; a < holders.length; a++)
        for (let b = a + 1; b < holders.length; b++) {
          const i = holders[a]!;
          const j = holders[b]!;
          if (unitOf[i] === unitOf[j]) continue;
          addAt(pairCost, i * n + j, weight);
          addAt(pairCost, j * n + i, weight);
        }
      // However groups are formed, these units must share groups this often per round.
      const units = new Set(holders.map((i) => unitOf[i])).size;
      staticBound += R * weight * evenPairs(units, G);
    }
  }
  for (const [a, b] of input.keepApart ?? []) {
    const ia = resolve(a);
    const ib = resolve(b);
    if (ia === null || ib === null)
      return fail('grouping.unknownPerson', { name: ia === null ? a : b });
    if (ia === ib) continue;
    if (unitOf[ia] === unitOf[ib]) return fail('grouping.togetherAndApart', { name: name(ia, ib) });
    addAt(pairCost, ia * n + ib, weights.keepApart);
    addAt(pairCost, ib * n + ia, weights.keepApart);
  }

  const repeatCost = !isRandom && R > 1 ? weights.repeat : 0;
  // Each person meets at least (smallest group − own unit) others per round, and only n − unit
  // distinct people: the surplus must be repeated meetings.
  let surplus = 0;
  if (repeatCost > 0)
    for (let i = 0; i < n; i++) {
      const own = unitSize[unitOf[i]!]!;
      let meetings = 0;
      for (let r = 0; r < R; r++)
        meetings += Math.max(0, Math.min(...lo.subarray(r * G, r * G + G)) - own);
      surplus += Math.max(0, meetings - (n - own));
    }
  const repeatBound = repeatCost * Math.ceil(surplus / 2);

  // Theme choices.
  let unaryCost: Int32Array | null = null;
  let unaryBound = 0;
  const revisitCost = isTheme && R > 1 ? weights.revisit : 0;
  if (isTheme) {
    unaryCost = new Int32Array(n * G);
    for (let i = 0; i < n; i++) {
      const choices = (people[i]!.choices ?? []).filter((c) => c >= 0 && c < G);
      if (choices.length === 0) continue;
      const unchosen = weights.themeRank * (2 ** (choices.length + 1) - 1);
      unaryCost.fill(unchosen, i * G, i * G + G);
      choices.forEach((g, rank) => {
        const at = i * G + g;
        unaryCost![at] = Math.min(unaryCost![at]!, weights.themeRank * (2 ** rank - 1));
      });
      const sorted = Array.from(unaryCost.subarray(i * G, i * G + G)).sort((a, b) => a - b);
      const distinct = R <= G ? sorted.slice(0, R).reduce((s, c) => s + c, 0) : Infinity;
      unaryBound += Math.min(distinct, R * sorted[0]! + (R > 1 ? revisitCost : 0));
    }
  }

  return ok({
    ids: people.map((p) => p.id),
    n,
    R,
    G,
    U,
    unitOf,
    unitMembers,
    unitSize,
    pin,
    lo,
    hi,
    closed,
    pairCost,
    repeatCost,
    unaryCost,
    revisitCost,
    lowerBound: staticBound + repeatBound + unaryBound,
    canRelabel: !isTheme && R > 1,
  });
}

/** How many groups (tables) `n` people make for this request: one per theme for themes. */
export function groupCount(
  n: number,
  input: Pick<GroupingInput, 'strategy' | 'sizing' | 'themes'>,
): number {
  if (input.strategy === 'theme') return input.themes?.length ?? 0;
  if ('groupCount' in input.sizing) return Math.floor(input.sizing.groupCount);
  const size = Math.max(1, Math.floor(input.sizing.groupSize));
  return input.sizing.leftovers === 'smaller'
    ? Math.ceil(n / size)
    : Math.max(1, Math.floor(n / size));
}

/** The fewest same-value pairs when `count` holders are spread over `groups` groups. */
export function evenPairs(count: number, groups: number): number {
  const base = Math.floor(count / groups);
  const extra = count % groups;
  const pairs = (k: number) => (k * (k - 1)) / 2;
  return extra * pairs(base + 1) + (groups - extra) * pairs(base);
}
