/** How the minutes name people: by name, or — anonymised — by their organisation only. */
import { foldText } from '../../util/foldText';
import type { Participant } from '../../model/participants';
import type { MinutesContext } from './minutesContext';
import { typeset } from '../sessionLines';

/** Present when attendance was taken; otherwise everyone expected (not excused, not absent). */
export function attendees(participants: readonly Participant[]): {
  people: Participant[];
  attendanceTaken: boolean;
} {
  const attendanceTaken = participants.some((p) => p.attendance !== 'unknown');
  return {
    people: attendanceTaken
      ? participants.filter((p) => p.attendance === 'present')
      : participants.filter((p) => p.attendance === 'unknown'),
    attendanceTaken,
  };
}

/** The organisation a person stands for when names are left out. */
export function organisationOf(person: Participant, ctx: MinutesContext): string {
  if (person.organisation.trim()) return typeset(person.organisation.trim(), ctx.locale);
  return person.role
    ? ctx.t('minutes.noOrganisationWithRole', { role: typeset(person.role, ctx.locale) })
    : ctx.t('minutes.noOrganisation');
}

export type OrganisationCount = { organisation: string; role: string; count: number };

/** People counted by organisation, the largest first, then alphabetically (accents ignored). */
export function countByOrganisation(
  people: readonly Participant[],
  ctx: MinutesContext,
): OrganisationCount[] {
  const counts = new Map<string, OrganisationCount & { roles: Map<string, number> }>();
  for (const person of people) {
    const organisation = organisationOf(person, ctx);
    const key = foldText(organisation);
    const entry = counts.get(key) ?? { organisation, role: '', count: 0, roles: new Map() };
    entry.count += 1;
    if (person.role) entry.roles.set(person.role, (entry.roles.get(person.role) ?? 0) + 1);
    counts.set(key, entry);
  }
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  return [...counts.values()]
    .map(({ roles, ...entry }) => ({
      ...entry,
      role: typeset(
        [...roles]
          .sort(([, a], [, b]) => b - a)
          .map(([role]) => role)
          .join(', '),
        ctx.locale,
      ),
    }))
    .sort((a, b) => b.count - a.count || collator.compare(a.organisation, b.organisation));
}

/** « 2 Mairie de Liévin, 1 Préfecture du Nord »: a group described without names. */
export function compositionText(people: readonly Participant[], ctx: MinutesContext): string {
  return countByOrganisation(people, ctx)
    .map((entry) => ctx.t('minutes.countOf', { count: entry.count, what: entry.organisation }))
    .join(', ');
}
