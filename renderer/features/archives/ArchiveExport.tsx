/**
 * "Archive de la séance": the whole session and its photos as one `.atelier` file, saved like
 * the documents (save dialog in Electron, next to the session and downloaded in the browser
 * build), with where it went.
 */
import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useT } from '../../i18n/I18nProvider';
import { useSessionController, useSessionState } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { useErrorText } from '../errors/useErrorText';
import { download, type LastExport } from '../exports/useExport';

export function ArchiveExport() {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const errorText = useErrorText();
  const id = useSessionState((s) => s.session.id);
  const controller = useSessionController();
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<LastExport | null>(null);

  async function run() {
    setBusy(true);
    try {
      // The archive must hold every change typed so far.
      await controller.settled();
      const result = await api.call('archive.export', { id });
      if (!result.ok) return toast(errorText(result.error));
      if (result.value.status === 'cancelled') return;
      const { fileName, path, downloadId } = result.value;
      if (downloadId) download(downloadId, fileName);
      setLast({ fileName, path });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="exports exports--archive">
      <ul className="exports__list">
        <li className="exports__item">
          <div>
            <h3>{t('archives.exportTitle')}</h3>
            <p className="muted">{t('archives.exportDescription')}</p>
          </div>
          <Button variant="primary" onClick={() => void run()} disabled={busy}>
            {busy ? t('archives.exporting') : t('archives.export')}
          </Button>
        </li>
      </ul>
      {last && (
        <p className="notice exports__last" role="status">
          {t('archives.exportedAt', { fileName: last.fileName })} <code>{last.path}</code>
        </p>
      )}
    </div>
  );
}
