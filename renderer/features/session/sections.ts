import type { MessageKey } from '../../../shared/i18n/fr';

/** The parts of a session page, in the order of the day. */
export const sections = [
  { id: 'agenda', label: 'section.agenda' },
  { id: 'participants', label: 'section.participants' },
  { id: 'groups', label: 'section.groups' },
  { id: 'boards', label: 'section.boards' },
  { id: 'minutes', label: 'section.minutes' },
] as const satisfies readonly { id: string; label: MessageKey }[];

export type SectionId = (typeof sections)[number]['id'];

export function sectionOf(id: string | null): SectionId {
  return sections.find((s) => s.id === id)?.id ?? 'agenda';
}
