import { describe, expect, it } from 'vitest';
import {
  affineSpace,
  bestConstruction,
  binarySpread,
  kirkman15,
  roundRobin,
  truncatedAffinePlane,
  type PointSchedule,
} from './constructions';
import { galoisField, primePower } from './galoisField';

/** Every round a partition of 0…n−1 into groups of `size`, and no pair twice. */
function expectPerfect(rounds: PointSchedule, n: number, size: number) {
  const met = new Set<number>();
  for (const round of rounds) {
    expect(round.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    for (const group of round) {
      expect(group).toHaveLength(size);
      for (const a of group)
        for (const b of group) {
          if (a >= b) continue;
          expect(met.has(a * n + b), `${a} and ${b} meet twice`).toBe(false);
          met.add(a * n + b);
        }
    }
  }
}

describe('finite fields', () => {
  it.each([2, 3, 4, 5, 7, 8, 9, 16, 25, 27])('GF(%i) is a field', (q) => {
    const field = galoisField(q)!;
    for (let a = 0; a < q; a++) {
      expect(field.add(a, 0)).toBe(a);
      expect(field.mul(a, 1)).toBe(a);
      if (a > 0)
        expect(Array.from({ length: q }, (_, b) => field.mul(a, b)).sort((x, y) => x - y)).toEqual(
          Array.from({ length: q }, (_, b) => b),
        );
      for (let b = 0; b < q; b++)
        for (let c = 0; c < q; c += 3)
          expect(field.mul(a, field.add(b, c))).toBe(field.add(field.mul(a, b), field.mul(a, c)));
    }
  });

  it('knows which sizes are prime powers', () => {
    expect(primePower(8)).toEqual([2, 3]);
    expect(primePower(9)).toEqual([3, 2]);
    expect(primePower(6)).toBeNull();
    expect(primePower(12)).toBeNull();
    expect(galoisField(6)).toBeNull();
  });
});

describe('perfect schedules', () => {
  it('pairs everyone with everyone over n − 1 rounds (round robin)', () => {
    const rounds = roundRobin(12);
    expect(rounds).toHaveLength(11);
    expectPerfect(rounds, 12, 2);
  });

  it.each([
    [4, 2, 5],
    [5, 2, 6],
    [3, 3, 13],
    [4, 3, 21],
    [8, 2, 9],
    [9, 2, 10],
  ])('AG(d, q): %i^%i people over %i rounds', (q, d, rounds) => {
    const schedule = affineSpace(q, d);
    expect(schedule).toHaveLength(rounds);
    expectPerfect(schedule, q ** d, q);
  });

  it('a truncated affine plane gives 8 groups of 4 over 8 rounds', () => {
    const schedule = truncatedAffinePlane(8, 4)!.rounds;
    expect(schedule).toHaveLength(8);
    expectPerfect(schedule, 32, 4);
  });

  it('a partial spread of GF(2)^5 gives 32 people in groups of 4 over 9 rounds', () => {
    const schedule = binarySpread(32, 20)!.rounds;
    expect(schedule).toHaveLength(9);
    expectPerfect(schedule, 32, 4);
  });

  it('solves Kirkman’s fifteen schoolgirls', () => {
    const schedule = kirkman15()!.rounds;
    expect(schedule).toHaveLength(7);
    expectPerfect(schedule, 15, 3);
  });

  it('picks the construction with the most rounds, capped at the rounds asked', () => {
    expect(bestConstruction(8, 4, 20)).toMatchObject({ name: 'binarySpread' });
    expect(bestConstruction(8, 4, 20)!.rounds).toHaveLength(9);
    expect(bestConstruction(5, 5, 3)!.rounds).toHaveLength(3);
    expect(bestConstruction(5, 3, 7)!.name).toBe('kirkman');
    // No pair of orthogonal Latin squares of order 6 exists (Euler's 36 officers): nothing to build on.
    expect(bestConstruction(6, 6, 4)).toBeNull();
  });
});
