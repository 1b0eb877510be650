import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gennevilliersHalfDay, SAMPLE_ID } from '../../../shared/testing/gennevilliersHalfDay';
import { I18nProvider } from '../../i18n/I18nProvider';
import { SessionController } from '../../store/sessionController';
import { SessionProvider } from '../../store/SessionProvider';
import { fakeBackend } from '../../testing/fakeApi';
import { ToastProvider } from '../../ui/Toasts';
import { ApiProvider } from '../../api/ApiProvider';
import { ExportsPanel } from './ExportsPanel';

async function openDialog() {
  const backend = fakeBackend([gennevilliersHalfDay()]);
  const api = backend.api();
  const opened = await api.call('session.open', { id: SAMPLE_ID });
  if (!opened.ok) throw new Error('open');
  render(
    <I18nProvider locale="fr">
      <ApiProvider api={api}>
        <ToastProvider>
          <SessionProvider controller={new SessionController(api, opened.value)}>
            <ExportsPanel />
          </SessionProvider>
        </ToastProvider>
      </ApiProvider>
    </I18nProvider>,
  );
  await userEvent.click(
    screen.getByRole('button', { name: /^Choisir le contenu…\s*Compte-rendu$/ }),
  );
  const dialog = screen.getByRole('dialog', { name: 'Exporter le compte-rendu' });
  const outline = () =>
    Array.from(
      within(dialog).getByRole('list', { name: 'Plan du document' }).querySelectorAll('li'),
      (li) => li.textContent,
    );
  return { backend, dialog, outline };
}

describe('the minutes export dialog', () => {
  it('previews the outline of the document the choices make', async () => {
    const { dialog, outline } = await openDialog();
    expect(outline().slice(0, 4)).toEqual([
      'Page de garde',
      'Synthèse',
      'Participants par collège',
      'Séquences tenues',
    ]);
    expect(outline()).toContain('Exploration des 5 composantes de l’impact collectif — Temps#1');
    expect(outline()).toContain('Annexe\u00a0: liste des participants');

    await userEvent.click(
      within(dialog).getByLabelText('Les groupes (membres par table et par tour)'),
    );
    expect(outline()).not.toContain('Tables des 5 composantes');
    await userEvent.click(
      within(dialog).getByLabelText('Anonymiser (compte-rendu diffusé à l’extérieur)'),
    );
    expect(outline()).toContain('Annexe\u00a0: participants par structure');
    await userEvent.click(within(dialog).getByLabelText('Un chapitre par séquence'));
    expect(within(dialog).getByLabelText('Les photos').matches(':disabled')).toBe(true);
    expect(outline()).not.toContain('Conclusion');
  });

  it('sends the choices with the export, and refuses an empty document', async () => {
    const { backend, dialog } = await openDialog();
    for (const label of [
      'Page de garde',
      'Synthèse (participants, séquences tenues)',
      'Déroulé réel de la séance',
      'Un chapitre par séquence',
      'Tableau de tous les prochains petits pas',
    ])
      await userEvent.click(within(dialog).getByLabelText(label));
    const exportButton = within(dialog).getByRole('button', { name: 'Exporter (.docx)' });
    await userEvent.click(within(dialog).getByLabelText('Annexe : liste des participants'));
    expect(within(dialog).getByText('Choisissez au moins une partie.')).toBeTruthy();
    expect(exportButton).toHaveProperty('disabled', true);
    await userEvent.click(within(dialog).getByLabelText('Annexe : liste des participants'));
    await userEvent.click(
      within(dialog).getByLabelText('Anonymiser (compte-rendu diffusé à l’extérieur)'),
    );
    await userEvent.click(exportButton);
    const call = backend.calls.find((c) => c.name === 'export.create');
    expect(call?.input).toMatchObject({
      id: SAMPLE_ID,
      document: {
        kind: 'minutes',
        options: {
          parts: { cover: false, summary: false, participants: true, sequences: false },
          anonymise: true,
        },
      },
    });
  });
});
