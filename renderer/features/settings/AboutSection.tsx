/** Settings → À propos: version, where the data and the log are, and the bundled licences. */
import { useEffect, useState } from 'react';
import type { About } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { useErrorText } from '../errors/useErrorText';
import './about.css';

export function AboutSection() {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const errorText = useErrorText();
  const [about, setAbout] = useState<About | null>(null);

  useEffect(() => {
    void api.call('app.about', {}).then((r) => r.ok && setAbout(r.value));
  }, [api]);

  async function show(which: 'library' | 'log') {
    const shown = await api.call('app.showFolder', { which });
    if (!shown.ok) toast(errorText(shown.error));
  }

  if (!about) return null;
  const isDesktop = about.shell === 'electron';
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      <dl className="about__facts">
        <dt>{t('about.version')}</dt>
        <dd>
          {t('about.versionValue', { version: about.version })} —{' '}
          {t(isDesktop ? 'about.shell.electron' : 'about.shell.browser')}
        </dd>
        <dt>{t('about.system')}</dt>
        <dd>
          {about.system} · {about.runtime}
        </dd>
      </dl>

      <h3>{t('about.dataTitle')}</h3>
      <p className="field__hint">{t('about.dataHint')}</p>
      <dl className="about__facts">
        <dt id="about-library">{t('about.library')}</dt>
        <dd>
          <code aria-labelledby="about-library">{about.libraryPath}</code>
          {isDesktop && (
            <Button variant="ghost" onClick={() => void show('library')}>
              {t('about.openLibrary')}
            </Button>
          )}
        </dd>
        <dt id="about-config">{t('about.config')}</dt>
        <dd>
          <code aria-labelledby="about-config">{about.configPath}</code>
        </dd>
        {about.logFile && (
          <>
            <dt id="about-log">{t('about.log')}</dt>
            <dd>
              <code aria-labelledby="about-log">{about.logFile}</code>
              {isDesktop && (
                <Button variant="ghost" onClick={() => void show('log')}>
                  {t('about.showLog')}
                </Button>
              )}
              <p className="field__hint">{t('about.logHint')}</p>
            </dd>
          </>
        )}
      </dl>

      <h3>{t('about.licensesTitle')}</h3>
      <p className="field__hint">{t('about.licensesIntro', { count: about.licenses.length })}</p>
      <ul className="about__licenses">
        {about.licenses.map((entry) => (
          <li key={`${entry.name}@${entry.version}`}>
            <details>
              <summary>
                <span className="about__package">{entry.name}</span> {entry.version} ·{' '}
                {entry.license}
              </summary>
              {entry.text ? (
                <pre className="about__license-text">{entry.text}</pre>
              ) : (
                <p className="muted">{t('about.noLicenseText', { license: entry.license })}</p>
              )}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
