import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cycleView } from '../../../shared/cycles/cycleView';
import { heldSession1, sampleCycle } from '../../../shared/cycles/testing/sampleCycle';
import { sequenceSchema } from '../../../shared/model/agenda';
import { ok } from '../../../shared/result';
import { renderWithSession } from '../../testing/renderWithSession';
import { CyclePage } from './CyclePage';

const s1 = {
  ...heldSession1(),
  agenda: [
    sequenceSchema.parse({
      id: 'q1',
      kind: 'accueil',
      title: 'Accueil et tour de connexion',
      durationMin: 10,
      actualStart: '2025-03-04T12:30:00.000Z',
    }),
  ],
};
const view = cycleView(sampleCycle(), new Map([['s1', s1]]));

async function renderCycle() {
  const updates: unknown[] = [];
  const rendered = await renderWithSession(<CyclePage id="cycle-codev" />, s1, {
    'cycles.get': async () => ok(view),
    'cycles.update': async (input: never) => {
      updates.push(input);
      const { title } = input as { title: string };
      return ok({ ...view, cycle: { ...view.cycle, title } });
    },
  });
  await screen.findByRole('heading', { level: 1, name: 'Coopérer entre collectivités' });
  return { ...rendered, updates };
}

describe('the cycle view', () => {
  it('lists the sessions with French dates and their status', async () => {
    await renderCycle();
    const sessions = screen.getByRole('region', { name: 'Séances du cycle' });
    const rows = within(sessions).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Séance 1.*mardi 4 mars 2025tenueOuvrir la séance 1$/),
      'Séance 2mardi 18 mars 2025à préparer',
      'Séance 3mardi 1er avril 2025à préparer',
      'Séance 4mardi 15 avril 2025à préparer',
    ]);
    expect(screen.getByRole('button', { name: 'Préparer la séance suivante' })).toBeTruthy();
  });

  it('shows the attendance matrix as a table with headers and totals', async () => {
    await renderCycle();
    const matrix = screen.getByRole('table', { name: 'Qui est venu à quelle séance du cycle' });
    expect(
      within(matrix)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Personne', 'Séance 14 mars 2025', 'Présences']);
    const aicha = within(matrix).getByRole('row', { name: /Aïcha Benali/ });
    expect(
      within(aicha)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['présent·e', '1']);
    const jerome = within(matrix).getByRole('row', { name: /Jérôme Lefèvre/ });
    expect(
      within(jerome)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['absent·e', '0']);
    const totals = within(matrix).getByRole('row', { name: /^Présents/ });
    expect(within(totals).getAllByRole('cell')[0]!.textContent).toBe('2');
  });

  it('changes the title and a date to come', async () => {
    const user = userEvent.setup();
    const { updates } = await renderCycle();
    await user.click(screen.getByRole('button', { name: 'Modifier le cycle' }));
    const dialog = screen.getByRole('dialog', { name: 'Modifier le cycle' });
    expect(within(dialog).getByLabelText('Séance 1')).toHaveProperty('disabled', true);
    const title = within(dialog).getByLabelText('Titre du cycle');
    await user.clear(title);
    await user.type(title, 'Ateliers de la coopération');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(updates).toEqual([
      {
        id: 'cycle-codev',
        title: 'Ateliers de la coopération',
        dates: ['2025-03-04', '2025-03-18', '2025-04-01', '2025-04-15'],
        onePerOrganisation: true,
      },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ateliers de la coopération' }),
    ).toBeTruthy();
  });
});
