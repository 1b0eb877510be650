import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/result';
import { useApi } from '../../api/ApiProvider';
import { SessionController } from '../../store/sessionController';

export type FollowState =
  | { status: 'loading' }
  | { status: 'waiting'; error: AppError }
  | { status: 'open'; controller: SessionController };

const RETRY_MS = 2000;

/**
 * The projector follows a session the facilitator's window has open: it reads it with
 * `session.get` and applies the operations broadcast to every window. It never changes it
 * (the controller is read-only, and in Electron its preload forwards no other call).
 * While the session is not open elsewhere, it waits, asking again every 2 s and whenever the
 * session changes; once it follows, it schedules nothing (the room's display stays idle).
 */
export function useFollowSession(id: string): FollowState {
  const api = useApi();
  const [state, setState] = useState<FollowState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let controller: SessionController | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    const load = async () => {
      if (controller) return;
      const opened = await api.call('session.get', { id });
      if (cancelled || controller) return;
      if (!opened.ok) {
        setState({ status: 'waiting', error: opened.error });
        if (retry === null) retry = setTimeout(() => ((retry = null), void load()), RETRY_MS);
        return;
      }
      controller = new SessionController(api, { ...opened.value, readOnly: true });
      setState({ status: 'open', controller });
    };
    void load();
    const offChanged = api.on('session.changed', (event) => {
      if (event.id === id) void load();
    });
    return () => {
      cancelled = true;
      offChanged();
      if (retry !== null) clearTimeout(retry);
      controller?.dispose();
    };
  }, [api, id]);

  return state;
}
