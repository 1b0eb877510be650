/**
 * Renders a part of the session page as the app does: the in-memory Node side (fakeApi), the
 * French catalogs, toasts, and the session opened by a controller, like a window would.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Session } from '../../shared/model/session';
import { ApiProvider } from '../api/ApiProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { SessionController } from '../store/sessionController';
import { SessionProvider } from '../store/SessionProvider';
import { ToastProvider } from '../ui/Toasts';
import { fakeBackend, type FakeBackend } from './fakeApi';

export async function renderWithSession(
  session: Session,
  ui: ReactNode,
  options: { backend?: FakeBackend; clientId?: string; readOnly?: boolean } = {},
) {
  const backend = options.backend ?? fakeBackend([session]);
  const api = backend.api(options.clientId);
  const opened = await api.call('session.open', { id: session.id });
  if (!opened.ok) throw new Error(opened.error.code);
  const controller = new SessionController(api, {
    ...opened.value,
    readOnly: options.readOnly ?? false,
  });
  const rendered = render(
    <ApiProvider api={api}>
      <I18nProvider locale="fr">
        <ToastProvider>
          <SessionProvider controller={controller}>{ui}</SessionProvider>
        </ToastProvider>
      </I18nProvider>
    </ApiProvider>,
  );
  return { ...rendered, backend, controller, api };
}
