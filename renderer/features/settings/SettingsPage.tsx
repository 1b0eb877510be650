import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/contract';
import { isLocale } from '../../../shared/i18n/t';
import { useApi } from '../../api/ApiProvider';
import { useT } from '../../i18n/I18nProvider';
import { Link } from '../../router/Link';
import { paths } from '../../router/router';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { useAppReady } from '../../ui/useAppReady';
import { useErrorText } from '../errors/useErrorText';
import { AboutSection } from './AboutSection';
import { LogoField } from './LogoField';

export function SettingsPage({ onSettings }: { onSettings: (settings: Settings) => void }) {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const errorText = useErrorText();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [isDesktop, setIsDesktop] = useState(false);
  useAppReady(settings !== null);

  useEffect(() => {
    void api.call('settings.get', {}).then((r) => r.ok && setSettings(r.value));
    void api.call('app.info', {}).then((r) => r.ok && setIsDesktop(r.value.shell === 'electron'));
  }, [api]);

  const apply = (next: Settings) => {
    setSettings(next);
    onSettings(next);
  };

  async function changeLocale(value: string) {
    if (!isLocale(value)) return;
    const updated = await api.call('settings.update', { locale: value });
    if (updated.ok) apply(updated.value);
  }

  async function chooseFolder() {
    const updated = await api.call('settings.chooseLibraryFolder', {});
    if (!updated.ok) return toast(errorText(updated.error));
    if (updated.value.libraryPath !== settings?.libraryPath) toast(t('settings.libraryChanged'));
    apply(updated.value);
  }

  return (
    <main id="content" className="page settings">
      <Link to={paths.library()}>← {t('nav.library')}</Link>
      <h1>{t('settings.title')}</h1>
      {settings && (
        <>
          <div className="field">
            <label htmlFor="settings-locale">{t('settings.language')}</label>
            <select
              id="settings-locale"
              value={settings.locale}
              onChange={(e) => void changeLocale(e.target.value)}
            >
              <option value="fr" lang="fr">
                {t('settings.language.fr')}
              </option>
              <option value="en" lang="en">
                {t('settings.language.en')}
              </option>
            </select>
          </div>
          <div className="field">
            <span className="field__label" id="library-path-label">
              {t('settings.libraryPath')}
            </span>
            <code aria-labelledby="library-path-label" className="settings__path">
              {settings.libraryPath}
            </code>
            <p className="field__hint">{t('settings.libraryPathHint')}</p>
            {isDesktop && (
              <Button onClick={() => void chooseFolder()}>{t('settings.changeLibrary')}</Button>
            )}
            {!isDesktop && <p className="field__hint">{t('settings.libraryPathBrowser')}</p>}
          </div>
          <LogoField />
          <AboutSection />
        </>
      )}
    </main>
  );
}
