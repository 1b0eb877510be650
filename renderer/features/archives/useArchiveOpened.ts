/** Electron: a `.atelier` file opened from the system was imported; show that session. */
import { useEffect } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useT } from '../../i18n/I18nProvider';
import { navigate, paths } from '../../router/router';
import { useToast } from '../../ui/Toasts';

export function useArchiveOpened(): void {
  const api = useApi();
  const t = useT();
  const toast = useToast();
  useEffect(
    () =>
      api.on('archive.opened', ({ id, title, asCopy }) => {
        navigate(paths.session(id));
        const name = title || t('common.untitled');
        toast(
          asCopy
            ? t('archives.importedAsCopy', { title: name })
            : t('archives.imported', { title: name }),
        );
      }),
    [api, t, toast],
  );
}
