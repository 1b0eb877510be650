import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gennevilliersSession } from '../../../shared/testing/sampleSession';
import { I18nProvider } from '../../i18n/I18nProvider';
import { SessionController } from '../../store/sessionController';
import { SessionProvider } from '../../store/SessionProvider';
import { fakeBackend } from '../../testing/fakeApi';
import { SessionHeader } from './SessionHeader';

async function renderHeader() {
  const backend = fakeBackend([gennevilliersSession()]);
  const api = backend.api();
  const opened = await api.call('session.open', { id: 'seance-gennevilliers' });
  if (!opened.ok) throw new Error('open');
  const controller = new SessionController(api, opened.value);
  render(
    <I18nProvider locale="fr">
      <SessionProvider controller={controller}>
        <SessionHeader />
      </SessionProvider>
    </I18nProvider>,
  );
  return { backend, controller };
}

describe('SessionHeader', () => {
  it('edits the place in place and keeps the typed text', async () => {
    const { backend, controller } = await renderHeader();
    const place = screen.getByLabelText('Lieu');
    await userEvent.clear(place);
    await userEvent.type(place, 'Salle des fêtes de Liévin');
    expect(place).toHaveProperty('value', 'Salle des fêtes de Liévin');
    await controller.settled();
    expect(backend.sessions.get('seance-gennevilliers')?.place).toBe('Salle des fêtes de Liévin');
  });

  it('lets facilitators be typed with commas and spaces', async () => {
    const { controller } = await renderHeader();
    const field = screen.getByLabelText('Animation');
    await userEvent.clear(field);
    await userEvent.type(field, 'Aïcha Benali, Jérôme Lefèvre');
    expect(field).toHaveProperty('value', 'Aïcha Benali, Jérôme Lefèvre');
    expect(controller.getState().session.facilitators).toEqual(['Aïcha Benali', 'Jérôme Lefèvre']);
  });

  it('undoes a burst of typing in one step', async () => {
    const { controller } = await renderHeader();
    const title = screen.getByLabelText('Titre');
    await userEvent.type(title, ' (suite)');
    controller.undo();
    expect(controller.getState().session.title).toBe(gennevilliersSession().title);
  });
});
