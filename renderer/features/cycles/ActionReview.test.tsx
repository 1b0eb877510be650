import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cycleView } from '../../../shared/cycles/cycleView';
import { heldSession1, sampleCycle, step } from '../../../shared/cycles/testing/sampleCycle';
import { ok } from '../../../shared/result';
import { renderWithSession } from '../../testing/renderWithSession';
import { ActionReview } from './ActionReview';
import { ActionReviewRoomView } from './ActionReviewRoomView';

function session2() {
  return {
    ...heldSession1(),
    id: 's2',
    title: 'Coopérer entre collectivités — séance 2 sur 4',
    actions: [
      step('c1', 'Rencontrer le service jeunesse de la commune voisine', {
        owner: 'Aïcha Benali',
        due: '2025-03-15',
        carriedFrom: { sessionId: 's1', actionId: 'a1' },
      }),
      step('c3', 'Écrire au sous-préfet', { carriedFrom: { sessionId: 's1', actionId: 'a3' } }),
      step('c4', 'Une idée du jour, pas reprise'),
    ],
  };
}

const cycleCall = {
  'cycles.get': async () =>
    ok(
      cycleView(
        sampleCycle({
          sessions: [
            { date: '2025-03-04', sessionId: 's1' },
            { date: '2025-03-18', sessionId: 's2' },
          ],
        }),
        new Map([['s1', heldSession1()]]),
      ),
    ),
};

describe('« Où en sont nos petits pas ? »', () => {
  it('lists the carried steps not yet reviewed, with who, when and from which session', async () => {
    await renderWithSession(<ActionReview />, session2(), cycleCall);
    const region = screen.getByRole('region', { name: 'Où en sont nos petits pas\u202f?' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('strong')?.textContent)).toEqual([
      'Rencontrer le service jeunesse de la commune voisine',
      'Écrire au sous-préfet',
    ]);
    expect(items[0]!.textContent).toContain('Qui\u00a0: Aïcha Benali');
    expect(items[0]!.textContent).toContain('Pour le samedi 15 mars 2025');
    expect(await within(items[0]!).findByText('Décidé en séance 1')).toBeTruthy();
  });

  it('marks one done in one undoable step, and it leaves the list', async () => {
    const user = userEvent.setup();
    const { current, controller } = await renderWithSession(
      <ActionReview />,
      session2(),
      cycleCall,
    );
    await user.click(
      screen.getByRole('button', {
        name: 'Fait\u00a0: Rencontrer le service jeunesse de la commune voisine',
      }),
    );
    expect(current().actions[0]).toMatchObject({ status: 'done' });
    expect(current().actions[0]!.reviewedAt).not.toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    await user.click(
      screen.getByRole('button', { name: 'On continue\u00a0: Écrire au sous-préfet' }),
    );
    expect(current().actions[1]).toMatchObject({ status: 'open' });
    expect(screen.getByText(/Tous les petits pas/)).toBeTruthy();
    controller.undo();
    controller.undo();
    expect(current().actions[0]).toMatchObject({ status: 'open', reviewedAt: null });
  });

  it('shows nothing in a session that carries no step', async () => {
    await renderWithSession(<ActionReview />, heldSession1(), cycleCall);
    expect(screen.queryByRole('region', { name: /petits pas/ })).toBeNull();
  });

  it('shows the list to the room, where each step says where it stands', async () => {
    const user = userEvent.setup();
    const { current } = await renderWithSession(
      <>
        <ActionReview />
        <ActionReviewRoomView view={{ kind: 'actionReview' }} />
      </>,
      session2(),
      cycleCall,
    );
    await user.click(screen.getByRole('button', { name: 'Montrer à la salle' }));
    expect(current().run.roomView).toEqual({ kind: 'actionReview' });
    await user.click(
      screen.getByRole('button', { name: 'Abandonné\u00a0: Écrire au sous-préfet' }),
    );
    const room = screen.getAllByRole('list').at(-1)!;
    expect(
      within(room)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual([
      '•Rencontrer le service jeunesse de la commune voisineà voir',
      '×Écrire au sous-préfetAbandonné',
    ]);
  });
});
