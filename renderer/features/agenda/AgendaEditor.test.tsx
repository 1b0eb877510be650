import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gennevilliersAgenda, gennevilliersSession } from '../../../shared/testing/sampleSession';
import { ApiProvider } from '../../api/ApiProvider';
import { I18nProvider } from '../../i18n/I18nProvider';
import { SessionController } from '../../store/sessionController';
import { SessionProvider } from '../../store/SessionProvider';
import { fakeBackend } from '../../testing/fakeApi';
import { renderWithSession } from '../../testing/renderWithSession';
import { ToastProvider } from '../../ui/Toasts';
import { AgendaEditor } from './AgendaEditor';

/** French quotes hold their title with no-break spaces, as the catalog writes them. */
const q = (text: string) => text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');

const session = () => gennevilliersSession({ agenda: gennevilliersAgenda() });

function rows() {
  return within(screen.getByRole('list', { name: 'Séquences du programme' })).getAllByRole(
    'listitem',
  );
}

/** « 9h00 Accueil convivial » for each row. */
function programme() {
  return rows().map((row) => {
    const time = row.querySelector('.agenda-item__time')?.firstChild?.textContent;
    return `${time} ${row.querySelector('.agenda-item__title')?.textContent}`;
  });
}

function row(title: string) {
  return rows().find((r) => r.querySelector('.agenda-item__title')?.textContent === title)!;
}

describe('AgendaEditor', () => {
  it('shows the planned times, the span and the total of the day', async () => {
    await renderWithSession(<AgendaEditor />, session());
    expect(programme().slice(0, 5)).toEqual([
      '9h00 Accueil convivial',
      '9h30 Introduction et interconnaissance',
      '10h00 Les éléments clés de l’impact collectif',
      '10h20 Exploration des 5 composantes de l’impact collectif — Temps#1',
      '11h10 Pause',
    ]);
    expect(screen.getByText('9h00 – 12h30 · 3 h 30')).toBeTruthy();
    expect(screen.getByText(/8 séquences/)).toBeTruthy();
  });

  it('recomputes the times as a duration is typed, and warns when the day runs past its end', async () => {
    const user = userEvent.setup();
    const { controller } = await renderWithSession(<AgendaEditor />, session());
    await user.click(within(row('Pause')).getByRole('button', { expanded: false }));
    const duration = within(row('Pause')).getByLabelText('Durée (min)');
    await user.clear(duration);
    await user.type(duration, '25');
    expect(programme()[5]).toBe(
      '11h35 Exploration des 5 composantes de l’impact collectif — Temps#2',
    );
    expect(screen.getByText(/^Le programme se termine/).textContent).toBe(
      'Le programme se termine à 12h45, 15\u00a0min après la fin de la séance (12h30). Raccourcissez une séquence ou décalez la fin.',
    );
    act(() => controller.undo());
    expect(programme()[5]).toMatch(/^11h20/);
    expect(screen.queryByText(/^Le programme se termine/)).toBeNull();
  });

  it('pins a sequence to the time it has, and the ones after follow it', async () => {
    const user = userEvent.setup();
    const { controller } = await renderWithSession(<AgendaEditor />, session());
    const testimonies = 'L’impact collectif au cœur des cités éducatives franciliennes';
    await user.click(within(row(testimonies)).getByRole('button', { expanded: false }));
    await user.click(within(row(testimonies)).getByLabelText('Commence à une heure fixe'));
    expect(controller.getState().session.agenda[6]!.pinnedStart).toBe('11:45');
    await user.click(within(row('Pause')).getByRole('button', { expanded: false }));
    await user.clear(within(row('Pause')).getByLabelText('Durée (min)'));
    await user.type(within(row('Pause')).getByLabelText('Durée (min)'), '5');
    expect(programme().slice(5)).toEqual([
      '11h15 Exploration des 5 composantes de l’impact collectif — Temps#2',
      `11h45 ${testimonies}`,
      '12h20 Conclusion',
    ]);
  });

  it('adds a sequence after the open one, its title ready to be typed over', async () => {
    const user = userEvent.setup();
    const { controller } = await renderWithSession(<AgendaEditor />, session());
    await user.click(within(row('Pause')).getByRole('button', { expanded: false }));
    await user.click(screen.getByRole('button', { name: 'Ajouter une séquence' }));
    expect(programme()[5]).toBe('11h20 Nouvelle séquence');
    await user.keyboard('Café des idées');
    expect(controller.getState().session.agenda[5]).toMatchObject({
      title: 'Café des idées',
      durationMin: 15,
      kind: 'autre',
    });
    expect(programme()[6]).toMatch(/^11h35/);
  });

  it('deletes a sequence, and the toast brings it back at its place', async () => {
    const user = userEvent.setup();
    const { controller } = await renderWithSession(<AgendaEditor />, session());
    await user.click(screen.getByRole('button', { name: q('Supprimer « Pause »') }));
    expect(rows()).toHaveLength(7);
    expect(screen.getByText('Séquence « Pause » supprimée.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Annuler la suppression' }));
    expect(programme()[4]).toBe('11h10 Pause');
    expect(controller.getState().session.agenda.map((s) => s.id)).toEqual(
      gennevilliersAgenda().map((s) => s.id),
    );
  });

  it('moves a sequence with its buttons, keeping the focus on the one pressed', async () => {
    const user = userEvent.setup();
    await renderWithSession(<AgendaEditor />, session());
    const down = () =>
      screen.getByRole('button', { name: q('Descendre « Introduction et interconnaissance »') });
    await user.click(down());
    expect(programme().slice(1, 3)).toEqual([
      '9h30 Les éléments clés de l’impact collectif',
      '9h50 Introduction et interconnaissance',
    ]);
    expect(document.activeElement).toBe(down());
    await user.keyboard('{Enter}');
    expect(programme()[3]).toBe('10h40 Introduction et interconnaissance');
    expect(document.activeElement).toBe(down());
  });

  it('says when a pinned sequence, moved, overlaps the one before it', async () => {
    const user = userEvent.setup();
    await renderWithSession(<AgendaEditor />, session());
    await user.click(screen.getByRole('button', { name: q('Descendre « Accueil convivial »') }));
    expect(programme().slice(0, 2)).toEqual([
      '9h00 Introduction et interconnaissance',
      '9h00 Accueil convivial',
    ]);
    expect(row('Accueil convivial').textContent).toContain(
      'Chevauche la séquence précédente de 30\u00a0min',
    );
    expect(
      screen.getByRole('button', { name: q('Monter « Introduction et interconnaissance »') }),
    ).toHaveProperty('disabled', true);
  });

  it('offers every drag handle to the keyboard, with French instructions', async () => {
    await renderWithSession(<AgendaEditor />, session());
    const handle = screen.getByRole('button', { name: q('Déplacer « Pause »') });
    expect(handle.getAttribute('aria-roledescription')).toBe('séquence déplaçable');
    const instructions = document.getElementById(handle.getAttribute('aria-describedby')!);
    expect(instructions?.textContent).toMatch(/^Pour déplacer une séquence, appuyez sur Espace/);
  });

  it('changes nothing in a session opened read-only', async () => {
    // As a session is opened read-only: the controller refuses changes, the UI offers none.
    const backend = fakeBackend([session()]);
    const api = backend.api('window-test');
    const opened = await api.call('session.open', { id: session().id });
    if (!opened.ok) throw new Error(opened.error.code);
    render(
      <ApiProvider api={api}>
        <I18nProvider locale="fr">
          <ToastProvider>
            <SessionProvider
              controller={new SessionController(api, { ...opened.value, readOnly: true })}
            >
              <AgendaEditor />
            </SessionProvider>
          </ToastProvider>
        </I18nProvider>
      </ApiProvider>,
    );
    expect(screen.getByRole('button', { name: 'Ajouter une séquence' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('button', { name: q('Supprimer « Pause »') })).toHaveProperty(
      'disabled',
      true,
    );
  });
});
