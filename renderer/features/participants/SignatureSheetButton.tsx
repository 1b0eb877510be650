/** The signature sheet (.docx), one click from the list and from the check-in. */
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { useExport } from '../exports/useExport';

export function SignatureSheetButton() {
  const t = useT();
  const { run, busy, last } = useExport();
  return (
    <div className="signature-sheet">
      <Button onClick={() => void run({ kind: 'signatureSheet' })} disabled={busy !== null}>
        {busy ? t('exports.working') : t('participants.signatureSheet')}
      </Button>
      {last && (
        <p className="signature-sheet__saved" role="status">
          {t('exports.savedAt', { fileName: last.fileName })} <code>{last.path}</code>
        </p>
      )}
    </div>
  );
}
