/** What each part of the session page shows. A feature replaces its placeholder here. */
import type { ComponentType } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { AgendaSection } from '../agenda/AgendaSection';
import { CheckInView } from '../attendance/CheckInView';
import { BoardsSection } from '../boards/BoardsSection';
import { ExportsPanel } from '../exports/ExportsPanel';
import { ParticipantsSection } from '../participants/ParticipantsSection';
import type { SectionId } from './sections';

function ComingSoon() {
  const t = useT();
  return <p className="muted">{t('common.comingSoon')}</p>;
}

export const sectionViews: Record<SectionId, ComponentType> = {
  agenda: AgendaSection,
  participants: ParticipantsSection,
  attendance: CheckInView,
  groups: ComingSoon,
  boards: BoardsSection,
  minutes: ExportsPanel,
};
