/** The documents a session can produce, each one click away, and where the last one went. */
import { useState } from 'react';
import type { ExportRequest } from '../../../shared/contract';
import type { PlainMessageKey } from '../../../shared/i18n/t';
import { useT } from '../../i18n/I18nProvider';
import { ArchiveExport } from '../archives/ArchiveExport';
import { Button } from '../../ui/Button';
import { MinutesDialog } from './MinutesDialog';
import { useExport } from './useExport';
import './exports.css';

type Entry = {
  request: ExportRequest;
  title: PlainMessageKey;
  description: PlainMessageKey;
};

/** Features add their documents here. */
const documents: Entry[] = [
  {
    request: { kind: 'agenda' },
    title: 'exports.agenda',
    description: 'exports.agendaDescription',
  },
  {
    request: { kind: 'signatureSheet' },
    title: 'exports.signatureSheet',
    description: 'exports.signatureSheetDescription',
  },
];

export function ExportsPanel() {
  const t = useT();
  const { run, busy, last } = useExport();
  const [choosing, setChoosing] = useState(false);
  return (
    <div className="exports">
      <ul className="exports__list">
        <li className="exports__item exports__item--main">
          <div>
            <h3>{t('exports.minutes')}</h3>
            <p className="muted">{t('exports.minutesDescription')}</p>
          </div>
          <Button variant="primary" onClick={() => setChoosing(true)} disabled={busy !== null}>
            {busy === 'minutes' ? t('exports.working') : t('minutesDialog.open')}
            <span className="visually-hidden"> {t('exports.minutes')}</span>
          </Button>
        </li>
        {documents.map((entry) => (
          <li key={entry.request.kind} className="exports__item">
            <div>
              <h3>{t(entry.title)}</h3>
              <p className="muted">{t(entry.description)}</p>
            </div>
            <Button
              variant="primary"
              onClick={() => void run(entry.request)}
              disabled={busy !== null}
            >
              {busy === entry.request.kind ? t('exports.working') : t('exports.export')}
              <span className="visually-hidden"> {t(entry.title)}</span>
            </Button>
          </li>
        ))}
      </ul>
      {last && (
        <p className="notice exports__last" role="status">
          {t('exports.savedAt', { fileName: last.fileName })} <code>{last.path}</code>
        </p>
      )}
      {choosing && (
        <MinutesDialog
          busy={busy !== null}
          onClose={() => setChoosing(false)}
          onExport={(options) =>
            void run({ kind: 'minutes', options }).then((done) => done && setChoosing(false))
          }
        />
      )}
      <ArchiveExport />
    </div>
  );
}
