/** What each part of the session page shows. A feature replaces its placeholder here. */
import type { ComponentType } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { AgendaOverview } from '../agenda/AgendaOverview';
import { ExportsPanel } from '../exports/ExportsPanel';
import { GroupsSection } from '../groups/GroupsSection';
import type { SectionId } from './sections';

function ComingSoon() {
  const t = useT();
  return <p className="muted">{t('common.comingSoon')}</p>;
}

export const sectionViews: Record<SectionId, ComponentType> = {
  agenda: AgendaOverview,
  participants: ComingSoon,
  groups: GroupsSection,
  boards: ComingSoon,
  minutes: ExportsPanel,
};
