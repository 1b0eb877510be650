import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** A long paste, shown line by line before it becomes as many notes. */
export function PastePreviewDialog({
  lines,
  group,
  onConfirm,
  onClose,
}: {
  lines: string[];
  group: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Dialog
      title={t('capture.pasteTitle', { count: lines.length })}
      onClose={onClose}
      onSubmit={onConfirm}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" autoFocus>
            {t('capture.pasteConfirm', { count: lines.length })}
          </Button>
        </>
      }
    >
      <p>{t('capture.pasteIntro', { group })}</p>
      <ol className="paste-preview">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </Dialog>
  );
}
