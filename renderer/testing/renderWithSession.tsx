/**
 * Renders a part of the session page as the app does: the session opened from an in-memory
 * Node side (`fakeBackend`), with its controller, words, toasts and API. Returns what tests
 * look at: the backend (what the Node side received) and the controller (undo, state).
 * (Same signature as the helper of the participants branch, so the two merge as one.)
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Session } from '../../shared/model/session';
import { ApiProvider } from '../api/ApiProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { SessionController } from '../store/sessionController';
import { SessionProvider } from '../store/SessionProvider';
import { ToastProvider } from '../ui/Toasts';
import { fakeBackend } from './fakeApi';

export async function renderWithSession(ui: ReactNode, session: Session) {
  const backend = fakeBackend([session]);
  const api = backend.api('window-test');
  const opened = await api.call('session.open', { id: session.id });
  if (!opened.ok) throw new Error(`open: ${opened.error.code}`);
  const controller = new SessionController(api, opened.value);
  const rendered = render(
    <ApiProvider api={api}>
      <I18nProvider locale="fr">
        <ToastProvider>
          <SessionProvider controller={controller}>{ui}</SessionProvider>
        </ToastProvider>
      </I18nProvider>
    </ApiProvider>,
  );
  /** The session as this window has it now. */
  const current = () => controller.getState().session;
  return { backend, controller, rendered, current };
}
