/** Settings → the organiser's logo, put on the cover of the minutes. */
import { useEffect, useId, useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { blobToBase64 } from '../../api/blobToBase64';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { useErrorText } from '../errors/useErrorText';
import './logo.css';

const dataUrl = (logo: { mime: string; data: string } | null) =>
  logo && `data:${logo.mime};base64,${logo.data}`;

export function LogoField() {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const errorText = useErrorText();
  const id = useId();
  /** A data: URL of the logo; null when none is set; undefined while it loads. */
  const [logo, setLogo] = useState<string | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const reload = async () => {
    const read = await api.call('settings.readLogo', {});
    if (read.ok) setLogo(dataUrl(read.value));
  };
  useEffect(() => {
    void api.call('settings.readLogo', {}).then((read) => read.ok && setLogo(dataUrl(read.value)));
  }, [api]);

  async function choose(file: File) {
    setBusy(true);
    try {
      const set = await api.call('settings.setLogo', { image: await blobToBase64(file) });
      if (!set.ok) return toast(errorText(set.error));
      await reload();
      toast(t('settings.logo.set'));
    } finally {
      setBusy(false);
    }
  }

  async function clear() {
    const cleared = await api.call('settings.clearLogo', {});
    if (!cleared.ok) return toast(errorText(cleared.error));
    setLogo(null);
    toast(t('settings.logo.cleared'));
  }

  if (logo === undefined) return null;
  return (
    <fieldset className="field settings__logo">
      <legend className="field__label">{t('settings.logo')}</legend>
      {logo ? (
        <img className="settings__logo-image" src={logo} alt={t('settings.logo.alt')} />
      ) : (
        <p>{t('settings.logo.none')}</p>
      )}
      <p id={`${id}-hint`} className="field__hint">
        {t('settings.logo.hint')}
      </p>
      <div className="settings__logo-buttons">
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept="image/png,image/jpeg"
          disabled={busy}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void choose(file);
          }}
        />
        <label htmlFor={id} className="button button--secondary">
          {t(logo ? 'settings.logo.change' : 'settings.logo.choose')}
        </label>
        {logo && (
          <Button variant="ghost" onClick={() => void clear()}>
            {t('settings.logo.clear')}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
