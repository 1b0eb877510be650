import { useEffect, useState } from 'react';
import type { Settings } from '../shared/contract';
import { useApi } from './api/ApiProvider';
import { useArchiveOpened } from './features/archives/useArchiveOpened';
import { CyclePage } from './features/cycles/CyclePage';
import { LibraryPage } from './features/library/LibraryPage';
import { ProjectorPage } from './features/projector/ProjectorPage';
import { SessionPage } from './features/session/SessionPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { I18nProvider, useT } from './i18n/I18nProvider';
import { Link } from './router/Link';
import { navigate, parseRoute, paths, usePathname } from './router/router';
import { ToastProvider } from './ui/Toasts';
import { useAppReady } from './ui/useAppReady';

/** At launch (not on every visit to the library), reopen the session in use last time. */
const LAUNCHED = 'atelier.launched';

export function App() {
  const api = useApi();
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void api.call('settings.get', {}).then((result) => {
      const value = result.ok
        ? result.value
        : { locale: 'fr' as const, libraryPath: '', lastSessionId: null };
      setSettings(value);
      const firstLoad = window.sessionStorage.getItem(LAUNCHED) === null;
      window.sessionStorage.setItem(LAUNCHED, '1');
      if (firstLoad && value.lastSessionId && window.location.pathname === '/') {
        navigate(paths.session(value.lastSessionId), { replace: true });
      }
    });
  }, [api]);

  useEffect(() => {
    if (settings) document.documentElement.lang = settings.locale;
  }, [settings]);

  if (!settings) return null;
  return (
    <I18nProvider locale={settings.locale}>
      <ToastProvider>
        <Shell onSettings={setSettings} />
      </ToastProvider>
    </I18nProvider>
  );
}

function Shell({ onSettings }: { onSettings: (settings: Settings) => void }) {
  const t = useT();
  // The query only says how a projector tab shows; it does not change within a tab.
  const route = parseRoute(usePathname(), window.location.search);
  useArchiveOpened();
  // The room's display has no app bar: nothing but what the room should read.
  if (route.name === 'projector')
    return <ProjectorPage key={route.id} id={route.id} isVideoCall={route.isVideoCall} />;
  return (
    <>
      <a className="skip-link" href="#content">
        {t('nav.skipToContent')}
      </a>
      <header className="app-bar">
        <Link to={paths.library()} className="app-bar__brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.name')}>
          <Link to={paths.library()} aria-current={route.name === 'library' ? 'page' : undefined}>
            {t('nav.library')}
          </Link>
          <Link to={paths.settings()} aria-current={route.name === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </Link>
        </nav>
      </header>
      {route.name === 'library' && <LibraryPage />}
      {route.name === 'session' && (
        <SessionPage key={route.id} id={route.id} section={route.section} />
      )}
      {route.name === 'cycle' && <CyclePage key={route.id} id={route.id} />}
      {route.name === 'settings' && <SettingsPage onSettings={onSettings} />}
      {route.name === 'notFound' && <NotFound />}
    </>
  );
}

function NotFound() {
  const t = useT();
  useAppReady(true);
  return (
    <main id="content" className="page">
      <Link to={paths.library()}>← {t('nav.library')}</Link>
    </main>
  );
}
