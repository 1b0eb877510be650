/**
 * Tabu search over swaps and moves of people between groups of one round, after Dotú and
 * Van Hentenryck ("Scheduling social golfers locally", 2005): the neighbourhood is every swap
 * involving someone in conflict, the best non-tabu one is taken (ties at random), a move back is
 * tabu for a random tenure unless it beats the best, and a stalled search is perturbed by random
 * swaps from the best schedule. The start is an algebraic schedule when one exists, otherwise a
 * greedy round-by-round placement in the spirit of Triska and Musliu (each person goes where
 * they meet the fewest people already met), so the search begins close to a solution.
 *
 * Cost of a move in O(1): `gain[r][p][g]` holds what person p would cost in group g of round r
 * (pair costs with its members + meetings repeated from other rounds + theme costs). Moving a
 * person updates the gain of everyone in that round (O(n)) and, for each pair whose meeting count
 * crosses 0↔1, one entry per other round. The objective is exact, not sampled.
 */
import { addAt } from './typedArrays';
import type { Compiled } from './compile';
import type { PointSchedule } from './constructions';
import type { Random } from './random';

export class LocalSearch {
  /** Per round and unit: its group, or −1 while not placed. */
  readonly groupOf: Int32Array;
  /** Per round and group: the units in it. */
  readonly members: number[][];
  /** Per round and group: the number of people in it. */
  readonly size: Int32Array;
  /** Per pair of people: the rounds they share (only when repeats count). */
  private readonly meet: Uint8Array;
  /** Per person and group: the rounds spent there (only when revisits count). */
  private readonly visits: Uint8Array;
  /** gain[(r·n + p)·G + g]: see the file comment. */
  private readonly gain: Float64Array;
  private readonly tabu: Int32Array;
  /** The person of a unit of one, or −1. */
  private readonly single: Int32Array;

  cost = 0;
  readonly best: Int32Array;
  bestCost = Infinity;
  iteration = 0;
  private lastImprovement = 0;
  private stalls = 0;

  constructor(
    readonly problem: Compiled,
    private readonly random: Random,
  ) {
    const { n, R, G, U } = problem;
    this.groupOf = new Int32Array(R * U).fill(-1);
    this.members = Array.from({ length: R * G }, () => []);
    this.size = new Int32Array(R * G);
    this.meet = new Uint8Array(problem.repeatCost > 0 ? n * n : 0);
    this.visits = new Uint8Array(problem.revisitCost > 0 ? n * G : 0);
    this.gain = new Float64Array(R * n * G);
    this.tabu = new Int32Array(R * U * G);
    this.single = Int32Array.from(problem.unitMembers, (m) => (m.length === 1 ? m[0]! : -1));
    this.best = new Int32Array(R * U).fill(-1);
    this.reset();
  }

  /** Empties every group. */
  private reset(): void {
    const { n, R, G, unaryCost } = this.problem;
    this.groupOf.fill(-1);
    this.members.forEach((list) => (list.length = 0));
    this.size.fill(0);
    this.meet.fill(0);
    this.visits.fill(0);
    this.cost = 0;
    if (unaryCost) for (let r = 0; r < R; r++) this.gain.set(unaryCost, r * n * G);
    else this.gain.fill(0);
  }

  /** What unit u would cost in group g of round r, given everyone else. */
  unitGain(r: number, u: number, g: number): number {
    const { n, G } = this.problem;
    const p = this.single[u]!;
    if (p !== -1) return this.gain[(r * n + p) * G + g]!;
    let sum = 0;
    for (const m of this.problem.unitMembers[u]!) sum += this.gain[(r * n + m) * G + g]!;
    return sum;
  }

  /** The cost of units u and v (in different groups of round r) being together. */
  private unitPairCost(u: number, v: number): number {
    const { n, pairCost, repeatCost, unitMembers } = this.problem;
    let sum = 0;
    for (const p of unitMembers[u]!)
      for (const q of unitMembers[v]!) {
        sum += pairCost[p * n + q]!;
        if (repeatCost > 0 && this.meet[p * n + q]! >= 1) sum += repeatCost;
      }
    return sum;
  }

  private isTogether(r: number, p: number, q: number): boolean {
    const { U, unitOf } = this.problem;
    const gp = this.groupOf[r * U + unitOf[p]!]!;
    return gp !== -1 && gp === this.groupOf[r * U + unitOf[q]!];
  }

  /** Places unit u (not placed in round r) in group g. */
  place(r: number, u: number, g: number): void {
    const { n, G, U, unitOf, unitMembers, pairCost, repeatCost, revisitCost } = this.problem;
    const gain = this.gain;
    let delta = 0;
    for (const p of unitMembers[u]!) {
      delta += gain[(r * n + p) * G + g]!;
      // Everyone's gain for group g in round r now includes p. p is not placed in round r, so
      // the meetings p shares with x in other rounds are meet[x][p] exactly.
      for (let x = 0; x < n; x++) {
        if (unitOf[x] === u) continue;
        let w = pairCost[x * n + p]!;
        if (repeatCost > 0 && this.meet[x * n + p]! >= 1) w += repeatCost;
        if (w !== 0) addAt(gain, (r * n + x) * G + g, w);
      }
    }
    if (repeatCost > 0 || revisitCost > 0)
      for (const p of unitMembers[u]!) {
        if (repeatCost > 0)
          for (const v of this.members[r * G + g]!)
            for (const y of unitMembers[v]!) this.meetingChanged(r, p, y, +1);
        if (revisitCost > 0) this.visitChanged(r, p, g, +1);
      }
    this.members[r * G + g]!.push(u);
    this.groupOf[r * U + u] = g;
    addAt(this.size, r * G + g, unitMembers[u]!.length);
    this.cost += delta;
  }

  /** Takes unit u out of its group in round r. */
  unplace(r: number, u: number): void {
    const { n, G, U, unitOf, unitMembers, pairCost, repeatCost, revisitCost } = this.problem;
    const gain = this.gain;
    const g = this.groupOf[r * U + u]!;
    let delta = 0;
    for (const p of unitMembers[u]!) delta -= gain[(r * n + p) * G + g]!;
    const list = this.members[r * G + g]!;
    const at = list.indexOf(u);
    list[at] = list[list.length - 1]!;
    list.pop();
    if (repeatCost > 0 || revisitCost > 0)
      for (const p of unitMembers[u]!) {
        if (repeatCost > 0)
          for (const v of list) for (const y of unitMembers[v]!) this.meetingChanged(r, p, y, -1);
        if (revisitCost > 0) this.visitChanged(r, p, g, -1);
      }
    this.groupOf[r * U + u] = -1;
    addAt(this.size, r * G + g, -unitMembers[u]!.length);
    for (const p of unitMembers[u]!)
      for (let x = 0; x < n; x++) {
        if (unitOf[x] === u) continue;
        let w = pairCost[x * n + p]!;
        if (repeatCost > 0 && this.meet[x * n + p]! >= 1) w += repeatCost;
        if (w !== 0) addAt(gain, (r * n + x) * G + g, -w);
      }
    this.cost += delta;
  }

  move(r: number, u: number, g: number): void {
    this.unplace(r, u);
    this.place(r, u, g);
  }

  /**
   * p and y start (+1) or stop (−1) sharing a group in round r: in every other round r′, their
   * meetings outside r′ cross 0↔1 or not, and the gains of p next to y (and y next to p) follow.
   */
  private meetingChanged(r: number, p: number, y: number, change: 1 | -1): void {
    const { n, G, R, repeatCost } = this.problem;
    const before = this.meet[p * n + y]!;
    for (let other = 0; other < R; other++) {
      if (other === r) continue;
      const outside = before - (this.isTogether(other, p, y) ? 1 : 0);
      if (change === 1 ? outside !== 0 : outside !== 1) continue;
      const gy = this.groupOf[other * this.problem.U + this.problem.unitOf[y]!]!;
      const gp = this.groupOf[other * this.problem.U + this.problem.unitOf[p]!]!;
      if (gy !== -1) addAt(this.gain, (other * n + p) * G + gy, change * repeatCost);
      if (gp !== -1) addAt(this.gain, (other * n + y) * G + gp, change * repeatCost);
    }
    this.meet[p * n + y] = before + change;
    this.meet[y * n + p] = before + change;
  }

  /** p starts or stops sitting at group g in round r: revisits in other rounds follow. */
  private visitChanged(r: number, p: number, g: number, change: 1 | -1): void {
    const { n, G, R, U, unitOf, revisitCost } = this.problem;
    const before = this.visits[p * G + g]!;
    for (let other = 0; other < R; other++) {
      if (other === r) continue;
      const outside = before - (this.groupOf[other * U + unitOf[p]!] === g ? 1 : 0);
      if (change === 1 ? outside !== 0 : outside !== 1) continue;
      addAt(this.gain, (other * n + p) * G + g, change * revisitCost);
    }
    this.visits[p * G + g] = before + change;
  }

  /** Replaces the whole schedule (units → groups per round; −1 entries are placed greedily). */
  load(groupOf: Int32Array): void {
    this.reset();
    const { R, U } = this.problem;
    for (let r = 0; r < R; r++)
      for (let u = 0; u < U; u++) {
        const g = groupOf[r * U + u]!;
        if (g !== -1) this.place(r, u, g);
      }
    for (let r = 0; r < R; r++) this.completeRound(r);
    this.recordBest();
  }

  /**
   * Starts from `points` (an algebraic schedule whose points are people) for its rounds and a
   * greedy placement for the others.
   */
  start(points: PointSchedule | null): void {
    const { R, U, n } = this.problem;
    const initial = new Int32Array(R * U).fill(-1);
    if (points) {
      const people = this.random.shuffle(Array.from({ length: n }, (_, i) => i));
      points.forEach((groups, r) =>
        groups.forEach((group, g) =>
          group.forEach((point) => (initial[r * U + this.problem.unitOf[people[point]!]!] = g)),
        ),
      );
    }
    this.load(initial);
  }

  /** Places the units of round r not placed yet: pinned ones at their pin, then greedily. */
  private completeRound(r: number): void {
    const { U, G, pin, lo, hi, unitSize } = this.problem;
    const waiting: number[] = [];
    for (let u = 0; u < U; u++) {
      if (this.groupOf[r * U + u] !== -1) continue;
      const pinned = pin[r * U + u]!;
      if (pinned !== -1) this.place(r, u, pinned);
      else waiting.push(u);
    }
    this.random.shuffle(waiting);
    waiting.sort((a, b) => unitSize[b]! - unitSize[a]!);
    let remaining = waiting.reduce((sum, u) => sum + unitSize[u]!, 0);
    let deficit = 0;
    for (let g = 0; g < G; g++) deficit += Math.max(0, lo[r * G + g]! - this.size[r * G + g]!);
    for (const u of waiting) {
      const su = unitSize[u]!;
      remaining -= su;
      let chosen = -1;
      let chosenCost = Infinity;
      let chosenNeed = 0;
      let ties = 0;
      for (let pass = 0; pass < 2 && chosen === -1; pass++)
        for (let g = 0; g < G; g++) {
          const size = this.size[r * G + g]!;
          if (size + su > hi[r * G + g]!) continue;
          const need = Math.max(0, lo[r * G + g]! - size);
          // Keep enough people for the groups still below their minimum.
          if (pass === 0 && remaining < deficit - Math.min(su, need)) continue;
          const cost = this.unitGain(r, u, g);
          if (cost < chosenCost || (cost === chosenCost && need > chosenNeed)) {
            chosen = g;
            chosenCost = cost;
            chosenNeed = need;
            ties = 1;
          } else if (cost === chosenCost && need === chosenNeed && this.random.int(++ties) === 0) {
            chosen = g;
          }
        }
      if (chosen === -1) {
        // Sizes cannot all be met (large blocks kept together): the least full group.
        chosen = 0;
        for (let g = 1; g < G; g++)
          if (this.size[r * G + g]! < this.size[r * G + chosen]!) chosen = g;
      }
      deficit -= Math.min(su, Math.max(0, lo[r * G + chosen]! - this.size[r * G + chosen]!));
      this.place(r, u, chosen);
    }
  }

  private recordBest(): void {
    if (this.cost < this.bestCost) {
      this.bestCost = this.cost;
      this.best.set(this.groupOf);
      this.lastImprovement = this.iteration;
    }
  }

  /**
   * One step: the best swap or move of a unit in conflict, over all rounds. Returns false when
   * no unit is in conflict (the cost is 0).
   */
  step(): boolean {
    const { R, G, U, pin, lo, hi, unitSize } = this.problem;
    const tabu = this.tabu;
    const iteration = ++this.iteration;
    let bestDelta = Infinity;
    let ties = 0;
    let moveRound = -1;
    let moveUnit = -1;
    let moveOther = -1;
    let moveGroup = -1;
    let hasConflict = false;
    const aspiration = this.bestCost - this.cost;
    for (let r = 0; r < R; r++) {
      const base = r * U;
      for (let u = 0; u < U; u++) {
        if (pin[base + u] !== -1) continue;
        const gu = this.groupOf[base + u]!;
        const own = this.unitGain(r, u, gu);
        if (own <= 0) continue;
        hasConflict = true;
        const su = unitSize[u]!;
        const sizeU = this.size[r * G + gu]!;
        for (let g = 0; g < G; g++) {
          if (g === gu) continue;
          const away = this.unitGain(r, u, g) - own;
          const isTabuU = tabu[(base + u) * G + g]! > iteration;
          const sizeG = this.size[r * G + g]!;
          if (sizeU - su >= lo[r * G + gu]! && sizeG + su <= hi[r * G + g]!) {
            if (!isTabuU || away < aspiration) {
              if (away < bestDelta) {
                bestDelta = away;
                ties = 1;
                moveRound = r;
                moveUnit = u;
                moveOther = -1;
                moveGroup = g;
              } else if (away === bestDelta && this.random.int(++ties) === 0) {
                moveRound = r;
                moveUnit = u;
                moveOther = -1;
                moveGroup = g;
              }
            }
          }
          for (const v of this.members[r * G + g]!) {
            if (pin[base + v] !== -1) continue;
            const sv = unitSize[v]!;
            if (
              sv !== su &&
              (sizeU - su + sv < lo[r * G + gu]! ||
                sizeU - su + sv > hi[r * G + gu]! ||
                sizeG - sv + su < lo[r * G + g]! ||
                sizeG - sv + su > hi[r * G + g]!)
            )
              continue;
            const delta =
              away + this.unitGain(r, v, gu) - this.unitGain(r, v, g) - 2 * this.unitPairCost(u, v);
            if (delta > bestDelta) continue;
            if ((isTabuU || tabu[(base + v) * G + gu]! > iteration) && delta >= aspiration)
              continue;
            if (delta < bestDelta) {
              bestDelta = delta;
              ties = 1;
            } else if (this.random.int(++ties) !== 0) continue;
            moveRound = r;
            moveUnit = u;
            moveOther = v;
            moveGroup = g;
          }
        }
      }
    }
    if (!hasConflict) return false;
    if (moveUnit === -1) {
      this.perturb();
      return true;
    }
    const from = this.groupOf[moveRound * U + moveUnit]!;
    this.move(moveRound, moveUnit, moveGroup);
    tabu[(moveRound * U + moveUnit) * G + from] = iteration + this.tenure();
    if (moveOther !== -1) {
      this.move(moveRound, moveOther, from);
      tabu[(moveRound * U + moveOther) * G + moveGroup] = iteration + this.tenure();
    }
    this.recordBest();
    if (this.iteration - this.lastImprovement > this.stallLimit()) this.perturb();
    return true;
  }

  /** A move back is tabu for 4 to about 50 steps, at random (fewer for small problems). */
  private tenure(): number {
    return 4 + this.random.int(Math.max(4, Math.min(50, this.problem.U)));
  }

  /** Steps without a new best before the search is perturbed. */
  private stallLimit(): number {
    return 200 + 4 * this.problem.U;
  }

  /** Out of a plateau: every few stalls back to the best, then a few random swaps. */
  private perturb(): void {
    const { R, G, U, pin, unitSize } = this.problem;
    this.stalls++;
    if (this.stalls % 3 === 0) this.load(this.best);
    const swaps = 1 + this.random.int(Math.max(2, Math.ceil(U / 10)));
    for (let k = 0; k < swaps; k++) {
      const r = this.random.int(R);
      const u = this.random.int(U);
      if (pin[r * U + u] !== -1) continue;
      const gu = this.groupOf[r * U + u]!;
      const g = this.random.int(G);
      if (g === gu) continue;
      const candidates = this.members[r * G + g]!.filter(
        (v) => pin[r * U + v] === -1 && unitSize[v] === unitSize[u],
      );
      if (candidates.length === 0) continue;
      const v = candidates[this.random.int(candidates.length)]!;
      this.move(r, u, g);
      this.move(r, v, gu);
    }
    this.tabu.fill(0);
    this.lastImprovement = this.iteration;
    this.recordBest();
  }

  /** The cost recomputed from scratch (tests check the incremental one against it). */
  recomputedCost(): number {
    const copy = new LocalSearch(this.problem, this.random);
    copy.load(this.groupOf);
    return copy.cost;
  }
}
