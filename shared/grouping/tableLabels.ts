/**
 * Within a round, which group sits at which table does not change who meets whom, so the labels
 * of unlocked tables are free: round by round, each group gets the table that sends the fewest
 * of its people back to a table they already sat at (an assignment problem, solved exactly).
 * In a world café without hosts, a table is a theme: nobody should discuss it twice.
 */
import { cheapestAssignment } from './hungarian';

export function relabelTables<T>(
  rounds: T[][][],
  isLocked: (round: number, table: number) => boolean,
): T[][][] {
  const visits = new Map<T, Set<number>>();
  const visit = (round: T[][]) =>
    round.forEach((group, table) =>
      group.forEach((person) => visits.set(person, (visits.get(person) ?? new Set()).add(table))),
    );
  return rounds.map((round, r) => {
    if (r === 0) {
      visit(round);
      return round;
    }
    const free = round.map((_, table) => table).filter((table) => !isLocked(r, table));
    const cost = free.map((g) =>
      free.map((label) => round[g]!.filter((person) => visits.get(person)?.has(label)).length),
    );
    const labels = cheapestAssignment(cost);
    const next = round.slice();
    free.forEach((g, i) => (next[free[labels[i]!]!] = round[g]!));
    visit(next);
    return next;
  });
}
