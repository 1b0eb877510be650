/** What each part of the session page shows. */
import type { ComponentType } from 'react';
import { AgendaSection } from '../agenda/AgendaSection';
import { CheckInView } from '../attendance/CheckInView';
import { BoardsSection } from '../boards/BoardsSection';
import { ExportsPanel } from '../exports/ExportsPanel';
import { ParticipantsSection } from '../participants/ParticipantsSection';
import { GroupsSection } from '../groups/GroupsSection';
import type { SectionId } from './sections';

export const sectionViews: Record<SectionId, ComponentType> = {
  agenda: AgendaSection,
  participants: ParticipantsSection,
  attendance: CheckInView,
  groups: GroupsSection,
  boards: BoardsSection,
  minutes: ExportsPanel,
};
