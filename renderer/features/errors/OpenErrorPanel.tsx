/** Why a session could not be opened, and the ways out: restore the last good backup, read only. */
import { presentError } from '../../../shared/errors/errorMessage';
import { formatInstant } from '../../../shared/i18n/formatDate';
import type { AppError } from '../../../shared/result';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { navigate, paths } from '../../router/router';
import { Button } from '../../ui/Button';
import { useErrorText } from './useErrorText';

export function OpenErrorPanel({
  error,
  onRestoreBackup,
  onOpenReadOnly,
  onRetry,
}: {
  error: AppError;
  onRestoreBackup: (backupId: string) => void;
  onOpenReadOnly: () => void;
  onRetry: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const text = useErrorText();
  const { wayOut } = presentError(error);
  const backupId = typeof error.details?.backupId === 'string' ? error.details.backupId : null;
  const backupSavedAt =
    typeof error.details?.backupSavedAt === 'string' ? error.details.backupSavedAt : null;
  return (
    <section className="open-error" aria-labelledby="open-error-title">
      <h1 id="open-error-title">{t('errors.title')}</h1>
      <p role="alert" className="open-error__message">
        {text(error)}
      </p>
      <div className="open-error__actions">
        {wayOut.map((way) => {
          switch (way) {
            case 'restoreBackup':
              return backupId && backupSavedAt ? (
                <Button key={way} variant="primary" onClick={() => onRestoreBackup(backupId)}>
                  {t('errors.action.restoreBackup', { when: formatInstant(backupSavedAt, locale) })}
                </Button>
              ) : null;
            case 'openReadOnly':
              return (
                <Button key={way} onClick={onOpenReadOnly}>
                  {t('errors.action.openReadOnly')}
                </Button>
              );
            case 'retry':
              return (
                <Button key={way} onClick={onRetry}>
                  {t('errors.action.retry')}
                </Button>
              );
            case 'backToLibrary':
              return (
                <Button key={way} onClick={() => navigate(paths.library())}>
                  {t('errors.action.backToLibrary')}
                </Button>
              );
          }
        })}
      </div>
    </section>
  );
}
