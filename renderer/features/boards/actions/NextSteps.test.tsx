import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionWithBoards } from '../../../../shared/testing/sampleBoards';
import { sequence } from '../../../../shared/testing/sampleSession';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { SessionController } from '../../../store/sessionController';
import { SessionProvider } from '../../../store/SessionProvider';
import { fakeBackend } from '../../../testing/fakeApi';
import { ToastProvider } from '../../../ui/Toasts';
import { NextSteps } from './NextSteps';

const agenda = [
  { id: 'seq-intro', title: 'Introduction et interconnaissance' },
  { id: 'seq-temps1', title: 'Exploration des 5 composantes — Temps#1' },
].map((s) => sequence(s.id, s.title, 30, { kind: 'sousGroupes' }));

async function renderSteps(sequenceId: string | 'all') {
  const backend = fakeBackend([{ ...sessionWithBoards(), agenda }]);
  const api = backend.api();
  const opened = await api.call('session.open', { id: 'seance-gennevilliers' });
  if (!opened.ok) throw new Error('open');
  const controller = new SessionController(api, opened.value);
  render(
    <I18nProvider locale="fr">
      <ToastProvider>
        <SessionProvider controller={controller}>
          <NextSteps sequenceId={sequenceId} groups={['Table 1', 'Table 2']} />
        </SessionProvider>
      </ToastProvider>
    </I18nProvider>,
  );
  return { controller };
}

async function addStep(what: string, who: string, when: string, group: string) {
  const form = screen.getByRole('form', { name: 'Nouveau petit pas' });
  await userEvent.type(within(form).getByLabelText('Action'), what);
  if (who) await userEvent.type(within(form).getByLabelText('Qui'), who);
  if (when) await userEvent.type(within(form).getByLabelText('Pour quand'), when);
  if (group) await userEvent.type(within(form).getByLabelText('Groupe'), group);
  await userEvent.click(within(form).getByRole('button', { name: 'Ajouter le petit pas' }));
}

describe('NextSteps', () => {
  it('records what, who, when and which group; a participant’s name links to them; the group stays for the next', async () => {
    const { controller } = await renderSteps('seq-temps1');
    await addStep('Réunir les coordinateurs PRE', 'aïcha benali', '2025-03-14', 'Table 1');
    await addStep('Écrire la lettre commune', 'Centre social Les Oliviers', '', '');
    expect(
      controller
        .getState()
        .session.actions.map((a) => [
          a.text,
          a.owner,
          a.ownerParticipantId,
          a.due,
          a.group,
          a.sequenceId,
        ]),
    ).toEqual([
      ['Réunir les coordinateurs PRE', 'Aïcha Benali', 'p1', '2025-03-14', 'Table 1', 'seq-temps1'],
      [
        'Écrire la lettre commune',
        'Centre social Les Oliviers',
        null,
        null,
        'Table 1',
        'seq-temps1',
      ],
    ]);
    expect(screen.getByLabelText('Qui — Réunir les coordinateurs PRE')).toHaveProperty(
      'value',
      'Aïcha Benali',
    );
    expect(screen.getByLabelText('Action')).toHaveProperty('value', '');
  });

  it('lists the whole session by sequence, and marks a step done', async () => {
    const { controller } = await renderSteps('all');
    const form = screen.getByRole('form', { name: 'Nouveau petit pas' });
    await userEvent.selectOptions(within(form).getByLabelText('Séquence'), 'seq-intro');
    await addStep('Inviter les habitants au prochain atelier', '', '', '');
    await userEvent.selectOptions(within(form).getByLabelText('Séquence'), '');
    await addStep('Envoyer le compte-rendu', 'Pôle ressources', '', '');
    expect(
      screen.getByRole('heading', { name: 'Introduction et interconnaissance' }),
    ).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Toute la séance' })).toBeDefined();
    await userEvent.selectOptions(screen.getByLabelText('État — Envoyer le compte-rendu'), 'done');
    expect(controller.getState().session.actions.at(-1)!.status).toBe('done');
  });
});
