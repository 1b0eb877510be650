/**
 * The list of people as the facilitator looks for them: search that ignores accents, case and
 * punctuation (« ndi » finds N’Diaye, « lefe » finds Lefèvre), filters, sorting the French way,
 * and the counts by role, by organisation and by attendance.
 *
 * A search word matches the start of a word of the name, organisation, territory, e-mail or
 * tags, or the start of a name written without its spaces and dashes (« dupontai » finds
 * Dupont-Aignan, « delatour » finds de La Tour): people type the first letters they hear.
 */
import type { Attendance, Participant } from '../model/participants';
import { foldWords } from '../util/foldText';

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** By last name, then first name, accents and case ignored (« Émery » between Dupont and Faure). */
export function bySurname(a: Participant, b: Participant): number {
  return collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);
}

type SearchKey = { words: string[]; lastName: string; firstName: string };

/** Keys are remembered per participant object: an edit makes a new object, so a new key. */
const keys = new WeakMap<Participant, SearchKey>();

const compact = (text: string) => foldWords(text).replace(/ /g, '');

function keyOf(participant: Participant): SearchKey {
  let key = keys.get(participant);
  if (key !== undefined) return key;
  const { lastName, firstName, organisation, territory, email, tags } = participant;
  const texts = [lastName, firstName, organisation, territory, email, ...tags];
  const words = new Set<string>();
  for (const text of texts)
    for (const word of foldWords(text).split(' ')) if (word) words.add(word);
  for (const name of [lastName, firstName]) if (compact(name)) words.add(compact(name));
  key = { words: [...words], lastName: compact(lastName), firstName: compact(firstName) };
  keys.set(participant, key);
  return key;
}

/** The words of a query, folded; empty when there is nothing to look for. */
export function queryWords(query: string): string[] {
  return foldWords(query).split(' ').filter(Boolean);
}

export function matchesQuery(participant: Participant, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const { words: own } = keyOf(participant);
  return words.every((word) => own.some((w) => w.startsWith(word)));
}

/**
 * The people matching a query, best first: those whose last name starts with what was typed,
 * then whose first name does, then the others; alphabetically within each.
 */
export function searchParticipants(
  participants: readonly Participant[],
  query: string,
): Participant[] {
  const words = queryWords(query);
  const typed = words.join('');
  const rank = (p: Participant) => {
    const key = keyOf(p);
    if (typed === '' || key.lastName.startsWith(typed)) return 0;
    return key.firstName.startsWith(typed) ? 1 : 2;
  };
  return participants
    .filter((p) => matchesQuery(p, words))
    .map((participant) => ({ participant, rank: rank(participant) }))
    .sort((a, b) => a.rank - b.rank || bySurname(a.participant, b.participant))
    .map(({ participant }) => participant);
}

export type SortKey = 'lastName' | 'firstName' | 'organisation' | 'role' | 'attendance';
export type Sort = { key: SortKey; direction: 'ascending' | 'descending' };

const attendanceOrder: Record<Attendance, number> = {
  present: 0,
  unknown: 1,
  excused: 2,
  absent: 3,
};

export function sortParticipants(
  participants: readonly Participant[],
  sort: Sort,
  roles: readonly string[],
): Participant[] {
  const roleRank = (role: string) => {
    const index = roles.indexOf(role);
    return index < 0 ? roles.length : index;
  };
  const compare: Record<SortKey, (a: Participant, b: Participant) => number> = {
    lastName: (a, b) => bySurname(a, b),
    firstName: (a, b) => collator.compare(a.firstName, b.firstName),
    organisation: (a, b) => collator.compare(a.organisation, b.organisation),
    role: (a, b) => roleRank(a.role) - roleRank(b.role) || collator.compare(a.role, b.role),
    attendance: (a, b) => attendanceOrder[a.attendance] - attendanceOrder[b.attendance],
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Empty values last whichever the direction: a list sorted by organisation starts with names.
  const empty = (p: Participant) => (sort.key === 'attendance' ? false : p[sort.key].trim() === '');
  return [...participants].sort(
    (a, b) =>
      Number(empty(a)) - Number(empty(b)) || sign * compare[sort.key](a, b) || bySurname(a, b),
  );
}

/** `role: null` and `organisation: null` mean « any »; `role: ''` means « without a role ». */
export type Filters = {
  role: string | null;
  organisation: string | null;
  attendance: Attendance | null;
};

export const noFilters: Filters = { role: null, organisation: null, attendance: null };

export function filterParticipants(
  participants: readonly Participant[],
  filters: Filters,
  query: string,
): Participant[] {
  const words = queryWords(query);
  const organisation = filters.organisation === null ? null : foldWords(filters.organisation);
  return participants.filter(
    (p) =>
      (filters.role === null || p.role === filters.role) &&
      (organisation === null || foldWords(p.organisation) === organisation) &&
      (filters.attendance === null || p.attendance === filters.attendance) &&
      matchesQuery(p, words),
  );
}

export type RoleCount = {
  /** '' for people without a role. */
  role: string;
  total: number;
  present: number;
};

/**
 * How many people each role has, and how many of them are here: every role of the list, in its
 * order (even at zero, so the room's balance shows), then roles met outside the list, then
 * people without one.
 */
export function countByRole(
  participants: readonly Participant[],
  roles: readonly string[],
): RoleCount[] {
  const counts = new Map<string, RoleCount>(
    roles.map((role) => [role, { role, total: 0, present: 0 }]),
  );
  for (const p of participants) {
    const count = counts.get(p.role) ?? { role: p.role, total: 0, present: 0 };
    count.total += 1;
    if (p.attendance === 'present') count.present += 1;
    counts.set(p.role, count);
  }
  const listed = roles.map((role) => counts.get(role)!);
  const others = [...counts.values()]
    .filter((c) => c.role !== '' && !roles.includes(c.role))
    .sort((a, b) => collator.compare(a.role, b.role));
  const none = counts.get('');
  return [...listed, ...others, ...(none ? [none] : [])];
}

export type OrganisationCount = { organisation: string; total: number; present: number };

/**
 * People per organisation, most represented first. « Mairie de Liévin » and « MAIRIE DE LIEVIN »
 * are one organisation, shown as first written. People without one are not counted here.
 */
export function countByOrganisation(participants: readonly Participant[]): OrganisationCount[] {
  const counts = new Map<string, OrganisationCount>();
  for (const p of participants) {
    const key = foldWords(p.organisation);
    if (key === '') continue;
    const count = counts.get(key) ?? { organisation: p.organisation.trim(), total: 0, present: 0 };
    count.total += 1;
    if (p.attendance === 'present') count.present += 1;
    counts.set(key, count);
  }
  return [...counts.values()].sort(
    (a, b) => b.total - a.total || collator.compare(a.organisation, b.organisation),
  );
}

export type AttendanceCounts = Record<Attendance, number> & { total: number; walkIns: number };

export function countAttendance(participants: readonly Participant[]): AttendanceCounts {
  const counts: AttendanceCounts = {
    total: participants.length,
    present: 0,
    absent: 0,
    excused: 0,
    unknown: 0,
    walkIns: 0,
  };
  for (const p of participants) {
    counts[p.attendance] += 1;
    if (p.isWalkIn) counts.walkIns += 1;
  }
  return counts;
}
