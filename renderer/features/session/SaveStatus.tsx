import { useT } from '../../i18n/I18nProvider';
import { useSessionState } from '../../store/SessionProvider';
import { useErrorText } from '../errors/useErrorText';

export function SaveStatus() {
  const t = useT();
  const errorText = useErrorText();
  const save = useSessionState((s) => s.save);
  const readOnly = useSessionState((s) => s.readOnly);
  if (readOnly) return <span className="badge">{t('common.readOnly')}</span>;
  return (
    <span
      className={`save-status save-status--${save.kind}`}
      role="status"
      title={save.kind === 'failed' ? errorText(save.error) : undefined}
    >
      {save.kind === 'saved'
        ? t('common.saved')
        : save.kind === 'saving'
          ? t('common.saving')
          : t('common.saveFailed')}
    </span>
  );
}
