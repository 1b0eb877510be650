/** The planned dates of a cycle: a first date, then one every `intervalWeeks` weeks. */
import type { IsoDate } from '../model/time';

export function cycleDates(first: IsoDate, count: number, intervalWeeks: number): IsoDate[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  if (Number.isNaN(start)) return [];
  return Array.from({ length: count }, (_, i) =>
    new Date(start + i * intervalWeeks * 7 * 86_400_000).toISOString().slice(0, 10),
  );
}
