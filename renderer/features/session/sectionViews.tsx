/** What each part of the session page shows. A feature replaces its placeholder here. */
import type { ComponentType } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { AgendaSection } from '../agenda/AgendaSection';
import { ExportsPanel } from '../exports/ExportsPanel';
import type { SectionId } from './sections';

function ComingSoon() {
  const t = useT();
  return <p className="muted">{t('common.comingSoon')}</p>;
}

export const sectionViews: Record<SectionId, ComponentType> = {
  agenda: AgendaSection,
  participants: ComingSoon,
  groups: ComingSoon,
  boards: ComingSoon,
  minutes: ExportsPanel,
};
