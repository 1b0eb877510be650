import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../shared/model/session';
import { applyOperation } from '../../../shared/session/applyOperation';
import type { OperationInput } from '../../../shared/session/operations';
import { gennevilliersAgenda, gennevilliersSession } from '../../../shared/testing/sampleSession';
import { ApiProvider } from '../../api/ApiProvider';
import { I18nProvider } from '../../i18n/I18nProvider';
import { fakeBackend } from '../../testing/fakeApi';
import { ProjectorPage } from './ProjectorPage';

/** 4 February 2025 at this local time. */
const local = (h: number, m: number, s = 0) => new Date(2025, 1, 4, h, m, s).getTime();

function day(...steps: [number, OperationInput][]): Session {
  return steps.reduce(
    (session, [at, op]) => applyOperation(session, { ...op, at: new Date(at).toISOString() }),
    gennevilliersSession({ agenda: gennevilliersAgenda() }),
  );
}

async function showRoom(session: Session, { isVideoCall = false } = {}) {
  const backend = fakeBackend([session]);
  render(
    <ApiProvider api={backend.api('projector')}>
      <I18nProvider locale="fr">
        <ProjectorPage id={session.id} isVideoCall={isVideoCall} />
      </I18nProvider>
    </ApiProvider>,
  );
  await screen.findByRole('main', { name: 'Affichage pour la salle' });
  return backend;
}

// Only the date is fixed: the room's display reads the clock, tests wait with real timers.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: local(11, 12) });
});
afterEach(() => vi.useRealTimers());

describe('the room’s display', () => {
  it('during a break, says when to come back', async () => {
    await showRoom(day([local(11, 10), { type: 'run.start', sequenceId: 's5' }]));
    expect(await screen.findByText('Pause — reprise à 11h20')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('8:00');
  });

  it('shows the sequence, its time left and its question', async () => {
    vi.setSystemTime(local(9, 40));
    await showRoom(day([local(9, 30), { type: 'run.start', sequenceId: 's2' }]));
    expect(await screen.findByText('Introduction et interconnaissance')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('20:00');
    expect(screen.getByText(/plus beaux exemples de coopération/)).toBeTruthy();
  });

  it('in the light theme, when the facilitator chose it', async () => {
    await showRoom(
      day([local(11, 0), { type: 'run.configure', options: { projectorTheme: 'light' } }]),
    );
    expect(await screen.findByText('La séance va commencer.')).toBeTruthy();
    expect(screen.getByRole('main').className).toBe('room room--light');
    expect(screen.getByText('Pour commencer : Accueil convivial, à 9h00')).toBeTruthy();
  });

  it('keeps the time left along the bottom while the room sees something else', async () => {
    vi.setSystemTime(local(10, 28));
    await showRoom(
      day(
        [local(10, 20), { type: 'run.start', sequenceId: 's4' }],
        [
          local(10, 25),
          { type: 'room.show', view: { kind: 'grouping', groupingId: 'g1', round: null } },
        ],
      ),
    );
    const strip = await screen.findByRole('timer');
    expect(strip.textContent).toBe(
      'Exploration des 5 composantes de l’impact collectif — Temps#1 · 42:00',
    );
  });

  it('thanks the room at the end of the day', async () => {
    await showRoom(
      day(
        [local(12, 20), { type: 'run.start', sequenceId: 's8' }],
        [local(12, 31), { type: 'run.finish' }],
      ),
    );
    expect(await screen.findByText('Merci pour votre participation !')).toBeTruthy();
  });

  it('in a video call, lays the timer and its question on the 1280 × 720 stage, with no control at all', async () => {
    vi.setSystemTime(local(9, 40));
    await showRoom(
      day(
        [local(9, 30), { type: 'run.start', sequenceId: 's2' }],
        [local(9, 35), { type: 'run.pause' }],
      ),
      { isVideoCall: true },
    );
    const room = await screen.findByRole('main', { name: 'Affichage pour la salle' });
    expect(room.className).toBe('room room--dark room--visio');
    expect(room.parentElement?.className).toBe('room-visio');
    expect(screen.getByRole('timer').textContent).toBe('25:00');
    expect(screen.getByText('Introduction et interconnaissance')).toBeTruthy();
    expect(screen.getByText(/plus beaux exemples de coopération/)).toBeTruthy();
    expect(screen.getByText('Minuteur en pause')).toBeTruthy();
    // Nothing to click, type or tab to: the call shows only what the room reads.
    for (const role of ['button', 'link', 'checkbox', 'radio', 'textbox', 'combobox', 'slider'])
      expect(screen.queryAllByRole(role), role).toEqual([]);
    expect(
      document.querySelectorAll('button, input, select, textarea, a, [tabindex]'),
    ).toHaveLength(0);
    expect(document.title).toBe('Atelier — fenêtre pour la visio');
  });
});
