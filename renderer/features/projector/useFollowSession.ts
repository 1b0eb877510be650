import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/result';
import { useApi } from '../../api/ApiProvider';
import { SessionController } from '../../store/sessionController';

export type FollowState =
  | { status: 'loading' }
  | { status: 'waiting'; error: AppError }
  | { status: 'open'; controller: SessionController };

/**
 * The projector follows a session the facilitator's window has open: it reads it with
 * `session.get` and applies the operations broadcast to every window. It never changes it
 * (the controller is read-only, and in Electron its preload forwards no other call).
 * While the session is not open elsewhere, it waits and asks again when the library changes.
 */
export function useFollowSession(id: string): FollowState {
  const api = useApi();
  const [state, setState] = useState<FollowState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let controller: SessionController | null = null;
    const load = async () => {
      if (controller) return;
      const opened = await api.call('session.get', { id });
      if (cancelled || controller) return;
      if (!opened.ok) return setState({ status: 'waiting', error: opened.error });
      controller = new SessionController(api, { ...opened.value, readOnly: true });
      setState({ status: 'open', controller });
    };
    void load();
    const offChanged = api.on('session.changed', (event) => {
      if (event.id === id) void load();
    });
    const retry = window.setInterval(() => void load(), 2000);
    return () => {
      cancelled = true;
      offChanged();
      window.clearInterval(retry);
      controller?.dispose();
    };
  }, [api, id]);

  return state;
}
