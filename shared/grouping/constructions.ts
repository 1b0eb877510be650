/**
 * Schedules where nobody meets anyone twice, built by algebra rather than searched: the
 * starting point of the local search when the group sizes allow one (Harvey's table of the
 * social golfer problem lists which exist; the search only has to mix attributes on top).
 *
 * - Round robin (circle method): pairs, n − 1 rounds.
 * - Affine space AG(d, q), q a prime power: q^d people in groups of q, one round per direction,
 *   (q^d − 1)/(q − 1) rounds. d = 2 is the affine plane: 16 in 4×4 over 5 rounds, 25 in 5×5
 *   over 6, 49 in 7×7 over 8. Every pair lies on exactly one line: a perfect schedule.
 * - Truncated affine plane: s ≤ q groups' worth of "columns" of AG(2, q): q groups of s over q
 *   rounds (32 in 8×4 over 8).
 * - Partial line spreads of GF(2)^k: 2^k people in groups of 4, one round per 2-dimensional
 *   subspace, the subspaces pairwise meeting only in 0 (32 in 8×4 over 9 rounds: the largest
 *   partial spread of PG(4, 2) has 9 lines; the 10th round of the literature is not linear).
 * - Kirkman's schoolgirls: a packing of PG(3, 2) into 7 spreads, 15 in groups of 3 over 7.
 */
import { galoisField, primePower } from './galoisField';

/** People are points 0…n−1: rounds → groups → points. */
export type PointSchedule = number[][][];

export type ConstructionName =
  'roundRobin' | 'affineSpace' | 'truncatedAffinePlane' | 'binarySpread' | 'kirkman';

export type Construction = { name: ConstructionName; rounds: PointSchedule };

/**
 * The construction giving the most perfect rounds (at most `maxRounds`) for `groupCount` groups
 * of exactly `groupSize`, or null when none applies.
 */
export function bestConstruction(
  groupCount: number,
  groupSize: number,
  maxRounds: number,
): Construction | null {
  const n = groupCount * groupSize;
  if (groupSize < 2 || groupCount < 2 || maxRounds < 1 || n > 4096) return null;
  const candidates: (Construction | null)[] = [
    groupSize === 2 ? { name: 'roundRobin', rounds: roundRobin(n) } : null,
    affineSpaceFor(groupCount, groupSize),
    groupSize < groupCount ? truncatedAffinePlane(groupCount, groupSize) : null,
    groupSize === 4 ? binarySpread(n, maxRounds) : null,
    groupSize === 3 && n === 15 ? kirkman15() : null,
  ];
  let best: Construction | null = null;
  for (const candidate of candidates) {
    if (candidate && candidate.rounds.length > (best?.rounds.length ?? 0)) best = candidate;
  }
  return best && { name: best.name, rounds: best.rounds.slice(0, maxRounds) };
}

/** The circle method: n − 1 rounds of pairs, n even. */
export function roundRobin(n: number): PointSchedule {
  if (n % 2 !== 0) return [];
  const m = n - 1;
  const rounds: PointSchedule = [];
  for (let k = 0; k < m; k++) {
    const groups = [[m, k]];
    for (let i = 1; i < n / 2; i++) groups.push([(k + i) % m, (k - i + m) % m]);
    rounds.push(groups);
  }
  return rounds;
}

/** AG(d, q) when n = q^d people are in q^(d−1) groups of q. */
function affineSpaceFor(groupCount: number, groupSize: number): Construction | null {
  const q = groupSize;
  if (!primePower(q)) return null;
  let d = 1;
  let points = q;
  while (points < groupCount * groupSize) {
    points *= q;
    d++;
  }
  if (points !== groupCount * groupSize || d < 2) return null;
  return { name: 'affineSpace', rounds: affineSpace(q, d) };
}

/** The parallel classes of AG(d, q): for each direction, its lines. */
export function affineSpace(q: number, d: number): PointSchedule {
  const field = galoisField(q);
  if (!field) return [];
  const n = q ** d;
  const toVector = (index: number) =>
    Array.from({ length: d }, (_, i) => Math.floor(index / q ** i) % q);
  const toIndex = (vector: number[]) => vector.reduce((sum, x, i) => sum + x * q ** i, 0);
  const rounds: PointSchedule = [];
  for (let index = 1; index < n; index++) {
    const direction = toVector(index);
    // One representative per projective point: the last nonzero coordinate is 1.
    const last = direction.findLastIndex((x) => x !== 0);
    if (direction[last] !== 1) continue;
    const seen = new Uint8Array(n);
    const groups: number[][] = [];
    for (let start = 0; start < n; start++) {
      if (seen[start]) continue;
      const base = toVector(start);
      const line: number[] = [];
      for (let t = 0; t < q; t++) {
        const point = toIndex(base.map((x, i) => field.add(x, field.mul(t, direction[i]!))));
        seen[point] = 1;
        line.push(point);
      }
      groups.push(line);
    }
    rounds.push(groups);
  }
  return rounds;
}

/**
 * q groups of s (s < q, q a prime power) over q rounds: the points (x, y) of AG(2, q) with
 * x < s; in round m, group b holds the points of the line y = m·x + b.
 */
export function truncatedAffinePlane(q: number, s: number): Construction | null {
  const field = galoisField(q);
  if (!field || s >= q) return null;
  const rounds: PointSchedule = [];
  for (let m = 0; m < q; m++) {
    const groups: number[][] = [];
    for (let b = 0; b < q; b++) {
      const group: number[] = [];
      for (let x = 0; x < s; x++) group.push(x * q + field.add(field.mul(m, x), b));
      groups.push(group);
    }
    rounds.push(groups);
  }
  return { name: 'truncatedAffinePlane', rounds };
}

/**
 * 2^k people in groups of 4: as many 2-dimensional subspaces of GF(2)^k as a bounded
 * depth-first search finds with pairwise trivial intersections; each gives a round of cosets.
 */
export function binarySpread(n: number, maxRounds: number): Construction | null {
  const k = Math.log2(n);
  if (!Number.isInteger(k) || k < 4 || k > 7) return null;
  // Each subspace {0, a, b, a^b} as its three nonzero vectors.
  const subspaces: [number, number, number][] = [];
  for (let a = 1; a < n; a++)
    for (let b = a + 1; b < n; b++) if ((a ^ b) > b) subspaces.push([a, b, a ^ b]);
  // Upper bound on a partial spread of lines: (2^k − 1) / 3, less one or two when k is odd.
  const bound = Math.min(maxRounds, Math.floor((n - 1) / 3) - (k % 2 === 1 ? 1 : 0));
  const chosen = packSubspaces(subspaces, n, bound, 200_000);
  if (chosen.length === 0) return null;
  const rounds = chosen.map(([a, b, c]) => {
    const seen = new Uint8Array(n);
    const groups: number[][] = [];
    for (let x = 0; x < n; x++) {
      if (seen[x]) continue;
      const coset = [x, x ^ a, x ^ b, x ^ c];
      coset.forEach((point) => (seen[point] = 1));
      groups.push(coset);
    }
    return groups;
  });
  return { name: 'binarySpread', rounds };
}

/** Depth-first search for `target` subspaces without a common nonzero vector. */
function packSubspaces(
  subspaces: [number, number, number][],
  n: number,
  target: number,
  nodeBudget: number,
): [number, number, number][] {
  const used = new Uint8Array(n);
  const current: [number, number, number][] = [];
  let best: [number, number, number][] = [];
  let nodes = 0;
  const visit = (from: number): boolean => {
    if (current.length > best.length) best = current.slice();
    if (current.length >= target) return true;
    if (++nodes > nodeBudget) return true;
    // The first vector not yet covered must be covered by a later subspace, or never.
    for (let i = from; i < subspaces.length; i++) {
      const s = subspaces[i]!;
      if (used[s[0]] || used[s[1]] || used[s[2]]) continue;
      if (current.length + (subspaces.length - i) <= best.length) return false;
      s.forEach((v) => (used[v] = 1));
      current.push(s);
      const done = visit(i + 1);
      current.pop();
      s.forEach((v) => (used[v] = 0));
      if (done) return true;
    }
    return false;
  };
  visit(0);
  return best;
}

/**
 * Kirkman's fifteen schoolgirls: the 35 lines {a, b, a^b} of PG(3, 2) split into 7 spreads
 * (5 disjoint lines covering the 15 points), found by an exact-cover search over the 56 spreads.
 */
export function kirkman15(): Construction | null {
  const lines: number[][] = [];
  for (let a = 1; a < 16; a++)
    for (let b = a + 1; b < 16; b++) if ((a ^ b) > b) lines.push([a, b, a ^ b]);
  const lineIndex = new Map(lines.map((line, i) => [line.join(','), i]));
  const keyOf = (line: number[]) => [...line].sort((x, y) => x - y).join(',');
  // Every spread as a set of line indices.
  const spreads: number[][] = [];
  const collect = (chosen: number[], covered: number) => {
    if (covered === 0xfffe) return void spreads.push(chosen.slice());
    let point = 1;
    while (covered & (1 << point)) point++;
    for (const line of lines) {
      if (!line.includes(point) || line.some((p) => covered & (1 << p))) continue;
      if (line[0]! < point) continue;
      chosen.push(lineIndex.get(keyOf(line))!);
      collect(chosen, covered | line.reduce((mask, p) => mask | (1 << p), 0));
      chosen.pop();
    }
  };
  collect([], 0);
  const usedLines = new Uint8Array(lines.length);
  const packing: number[][] = [];
  const pack = (): boolean => {
    if (packing.length === 7) return true;
    const first = usedLines.indexOf(0);
    for (const spread of spreads) {
      if (!spread.includes(first) || spread.some((l) => usedLines[l])) continue;
      spread.forEach((l) => (usedLines[l] = 1));
      packing.push(spread);
      if (pack()) return true;
      packing.pop();
      spread.forEach((l) => (usedLines[l] = 0));
    }
    return false;
  };
  if (!pack()) return null;
  return {
    name: 'kirkman',
    rounds: packing.map((spread) => spread.map((l) => lines[l]!.map((p) => p - 1))),
  };
}
