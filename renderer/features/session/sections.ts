import type { MessageKey } from '../../../shared/i18n/fr';

/** The parts of a session page, in the order of the day. */
export const sections = [
  { id: 'agenda', label: 'section.agenda' },
  { id: 'participants', label: 'section.participants' },
  { id: 'attendance', label: 'section.attendance' },
  { id: 'groups', label: 'section.groups' },
  { id: 'boards', label: 'section.boards' },
  { id: 'minutes', label: 'section.minutes' },
] as const satisfies readonly { id: string; label: MessageKey }[];

export type SectionId = (typeof sections)[number]['id'];

/**
 * Parts used during the day on a laptop screen (check-in at the door): the header shrinks to
 * the title, date and place, so the part itself fits above the fold.
 */
export const compactHeaderSections: ReadonlySet<SectionId> = new Set(['attendance']);

export function sectionOf(id: string | null): SectionId {
  return sections.find((s) => s.id === id)?.id ?? 'agenda';
}
