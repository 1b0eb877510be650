import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/result';
import { useApi } from '../../api/ApiProvider';
import { SessionController } from '../../store/sessionController';

export type OpenState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'open'; controller: SessionController; keptAs: string | null };

/**
 * Opens the session for this page and closes it (saving) when the page goes away. The open
 * can be retried read-only, or after restoring a backup, when the file could not be opened.
 */
export function useOpenSession(id: string) {
  const api = useApi();
  const [state, setState] = useState<OpenState>({ status: 'loading' });
  const [attempt, setAttempt] = useState<{ readOnly: boolean; backupId: string | null }>({
    readOnly: false,
    backupId: null,
  });

  useEffect(() => {
    let cancelled = false;
    let controller: SessionController | null = null;
    setState({ status: 'loading' });
    void (async () => {
      const opened = attempt.backupId
        ? await api.call('session.restoreBackup', { id, backupId: attempt.backupId })
        : await api.call('session.open', { id, readOnly: attempt.readOnly });
      if (cancelled) {
        if (opened.ok) void api.call('session.close', { id });
        return;
      }
      if (!opened.ok) return setState({ status: 'error', error: opened.error });
      controller = new SessionController(api, opened.value);
      const keptAs =
        'keptAs' in opened.value && typeof opened.value.keptAs === 'string'
          ? opened.value.keptAs
          : null;
      setState({ status: 'open', controller, keptAs });
    })();
    return () => {
      cancelled = true;
      if (controller) {
        const closing = controller;
        void closing.settled().then(() => {
          closing.dispose();
          return api.call('session.close', { id });
        });
      }
    };
  }, [api, id, attempt]);

  const openReadOnly = useCallback(() => setAttempt({ readOnly: true, backupId: null }), []);
  const restoreBackup = useCallback(
    (backupId: string) => setAttempt({ readOnly: false, backupId }),
    [],
  );
  const retry = useCallback(() => setAttempt({ readOnly: false, backupId: null }), []);
  return { state, openReadOnly, restoreBackup, retry };
}
