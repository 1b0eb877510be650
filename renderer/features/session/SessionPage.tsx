import { useT } from '../../i18n/I18nProvider';
import { Link } from '../../router/Link';
import { paths } from '../../router/router';
import { SessionProvider, useSessionState } from '../../store/SessionProvider';
import type { SessionController } from '../../store/sessionController';
import { Button } from '../../ui/Button';
import { useAppReady } from '../../ui/useAppReady';
import { OpenErrorPanel } from '../errors/OpenErrorPanel';
import { RunAlerts } from '../timer/RunAlerts';
import { TimerStrip } from '../timer/TimerStrip';
import { SaveStatus } from './SaveStatus';
import { SessionHeader, SessionHeaderCompact } from './SessionHeader';
import { compactHeaderSections, sectionOf, sections, type SectionId } from './sections';
import { sectionViews } from './sectionViews';
import { useOpenSession } from './useOpenSession';
import { useUndoShortcuts } from './useUndoShortcuts';
import './session.css';

export function SessionPage({ id, section }: { id: string; section: string | null }) {
  const { state, openReadOnly, restoreBackup, retry } = useOpenSession(id);
  useAppReady(state.status !== 'loading');
  return (
    <main id="content" className="page session">
      {state.status === 'error' && (
        <OpenErrorPanel
          error={state.error}
          onRestoreBackup={restoreBackup}
          onOpenReadOnly={openReadOnly}
          onRetry={retry}
        />
      )}
      {state.status === 'open' && (
        <SessionProvider controller={state.controller}>
          <OpenSession
            controller={state.controller}
            section={sectionOf(section)}
            keptAs={state.keptAs}
          />
        </SessionProvider>
      )}
    </main>
  );
}

function OpenSession({
  controller,
  section,
  keptAs,
}: {
  controller: SessionController;
  section: SectionId;
  keptAs: string | null;
}) {
  const t = useT();
  const readOnly = useSessionState((s) => s.readOnly);
  const canUndo = useSessionState((s) => s.canUndo);
  const canRedo = useSessionState((s) => s.canRedo);
  const id = useSessionState((s) => s.session.id);
  const SectionView = sectionViews[section];
  useUndoShortcuts(controller);
  return (
    <>
      <div className="session__bar">
        <Link to={paths.library()} className="session__back">
          ← {t('nav.library')}
        </Link>
        <div className="session__bar-tools">
          <SaveStatus />
          <Button
            variant="ghost"
            onClick={controller.undo}
            disabled={!canUndo}
            aria-keyshortcuts="Control+Z"
          >
            {t('common.undo')}
          </Button>
          <Button
            variant="ghost"
            onClick={controller.redo}
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z"
          >
            {t('common.redo')}
          </Button>
        </div>
      </div>
      {readOnly && (
        <p className="notice" role="note">
          {t('session.readOnlyBanner')}
        </p>
      )}
      {keptAs && (
        <p className="notice" role="note">
          {t('errors.damagedKept', { file: keptAs })}
        </p>
      )}
      <RunAlerts />
      {section !== 'agenda' && <TimerStrip />}
      {compactHeaderSections.has(section) ? <SessionHeaderCompact /> : <SessionHeader />}
      <nav className="session__sections" aria-label={t('session.sections')}>
        {sections.map((s) => (
          <Link
            key={s.id}
            to={paths.session(id, s.id)}
            aria-current={s.id === section ? 'page' : undefined}
          >
            {t(s.label)}
          </Link>
        ))}
      </nav>
      <section
        className="session__section"
        aria-label={t(sections.find((s) => s.id === section)!.label)}
      >
        <SectionView />
      </section>
    </>
  );
}
