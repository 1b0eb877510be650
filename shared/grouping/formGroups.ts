/**
 * Forms groups: compiles the request, starts from an algebraic schedule or a greedy one, runs the
 * tabu search in slices until it proves the result optimal (a lower bound is reached), runs out
 * of iterations or of time, then gives each round's tables the labels that send the fewest people
 * back to a table they already visited.
 *
 * Deterministic for a seed: the same request and seed give the same groups whenever the search
 * ends by optimality or by `maxIterations`; only a search cut by the clock depends on the machine.
 */
import { ok, type Result } from '../result';
import { compile, type Compiled } from './compile';
import { bestConstruction } from './constructions';
import { seededRandom } from './random';
import { scoreRounds } from './score';
import { LocalSearch } from './search';
import { relabelTables } from './tableLabels';
import type { GroupingInput, GroupingOptions, GroupingResult } from './types';

export const DEFAULT_TIME_MS = 1000;
/** How often progress is reported. */
const PROGRESS_EVERY_MS = 50;

export type GroupingRun = {
  /** Searches for about `sliceMs` (or until done); returns true once the search is over. */
  run(sliceMs: number): boolean;
  /** Stops the search: `result()` gives the best schedule found so far. */
  cancel(): void;
  isDone(): boolean;
  result(): GroupingResult;
};

export function startGrouping(
  input: GroupingInput,
  options: GroupingOptions = {},
): Result<GroupingRun> {
  const compiled = compile(input);
  if (!compiled.ok) return compiled;
  const problem = compiled.value;
  const now = options.now ?? Date.now;
  const timeMs = options.timeMs ?? DEFAULT_TIME_MS;
  const maxIterations = options.maxIterations ?? Infinity;
  const started = now();
  const random = seededRandom(options.seed ?? 0);
  const search = new LocalSearch(problem, random);
  const construction = applicableConstruction(problem);
  search.start(construction?.rounds ?? null);
  let done = false;
  let isOptimal = false;
  let lastProgress = -Infinity;

  const finishIfOptimal = () => {
    if (search.bestCost <= problem.lowerBound) {
      isOptimal = true;
      done = true;
    }
  };
  finishIfOptimal();

  const report = (elapsedMs: number) => {
    options.onProgress?.({
      elapsedMs,
      iterations: search.iteration,
      bestCost: search.bestCost,
      fraction: Math.min(1, elapsedMs / Math.max(1, timeMs)),
    });
  };

  return ok({
    run(sliceMs) {
      const sliceEnd = now() + sliceMs;
      while (!done) {
        for (let k = 0; k < 16 && !done; k++) {
          // Nobody movable is in conflict: what remains is between pinned people.
          if (!search.step()) isOptimal = done = true;
          finishIfOptimal();
          if (search.iteration >= maxIterations) done = true;
        }
        const time = now();
        if (time - started >= timeMs) done = true;
        if (time - lastProgress >= PROGRESS_EVERY_MS || done) {
          lastProgress = time;
          report(time - started);
        }
        if (time >= sliceEnd) break;
      }
      return done;
    },
    cancel() {
      done = true;
    },
    isDone: () => done,
    result() {
      const rounds = schedule(problem, search.best);
      return {
        rounds,
        score: scoreRounds(input, rounds),
        iterations: search.iteration,
        ms: now() - started,
        isOptimal,
        construction: construction?.name ?? null,
      };
    },
  });
}

/** Runs the search to its end in one go (CLI, benchmark, tests). */
export function formGroups(
  input: GroupingInput,
  options: GroupingOptions = {},
): Result<GroupingResult> {
  const started = startGrouping(input, options);
  if (!started.ok) return started;
  while (!started.value.run(Infinity));
  return ok(started.value.result());
}

/** An algebraic start needs equal groups of people who are neither pinned nor kept together. */
function applicableConstruction(problem: Compiled) {
  const { R, G, U, n, lo, hi, pin, unaryCost } = problem;
  if (unaryCost || U !== n || n % G !== 0) return null;
  const size = n / G;
  if (lo.some((x) => x !== size) || hi.some((x) => x !== size)) return null;
  if (pin.some((g) => g !== -1)) return null;
  if (problem.repeatCost === 0) return null;
  return bestConstruction(G, size, R);
}

/** Ids per round and group, tables relabelled to spare revisits (see tableLabels.ts). */
function schedule(problem: Compiled, groupOf: Int32Array): string[][][] {
  const { R, G, U, pin, closed, unitMembers, ids, canRelabel } = problem;
  const rounds = Array.from({ length: R }, (_, r) =>
    Array.from({ length: G }, (_, g) => {
      const people: number[] = [];
      for (let u = 0; u < U; u++) if (groupOf[r * U + u] === g) people.push(...unitMembers[u]!);
      return people.sort((a, b) => a - b);
    }),
  );
  const locked = new Set<number>();
  for (let r = 0; r < R; r++)
    for (let g = 0; g < G; g++) if (closed[r * G + g]) locked.add(r * G + g);
  for (let r = 0; r < R; r++)
    for (let u = 0; u < U; u++) if (pin[r * U + u] !== -1) locked.add(r * G + pin[r * U + u]!);
  const labelled = canRelabel ? relabelTables(rounds, (r, g) => locked.has(r * G + g)) : rounds;
  return labelled.map((round) => round.map((people) => people.map((p) => ids[p]!)));
}
