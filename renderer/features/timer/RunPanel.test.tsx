import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../shared/model/session';
import { applyOperation } from '../../../shared/session/applyOperation';
import { gennevilliersAgenda, gennevilliersSession } from '../../../shared/testing/sampleSession';
import { renderWithSession } from '../../testing/renderWithSession';
import { RunPanel } from './RunPanel';

/** 4 February 2025 at this local time (the plan is in local times too). */
const local = (h: number, m: number, s = 0) => new Date(2025, 1, 4, h, m, s).getTime();

const session = () => gennevilliersSession({ agenda: gennevilliersAgenda() });

/** The day with this sequence started at this instant, which is now. */
function running(sequenceId: string, startedAt: number): Session {
  vi.setSystemTime(startedAt);
  return applyOperation(session(), {
    type: 'run.start',
    sequenceId,
    at: new Date(startedAt).toISOString(),
  });
}

const remaining = () => screen.getByRole('timer').textContent;
/** What the timer's live region says (the room's control has its own). */
const status = () => document.querySelector('.run-card__status')!.textContent;
const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const press = (key: string, target: Element = document.body) =>
  act(() => {
    fireEvent.keyDown(target, { key });
  });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: local(9, 0) });
});
afterEach(() => vi.useRealTimers());

describe('RunPanel', () => {
  it('starts the first sequence and counts down from the clock', async () => {
    await renderWithSession(<RunPanel />, session());
    expect(screen.getByText('Prêt à commencer')).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'Démarrer' }).click());
    expect(screen.getByRole('heading', { name: 'Accueil convivial' })).toBeTruthy();
    expect(remaining()).toBe('30:00');
    tick(999);
    expect(remaining()).toBe('30:00');
    tick(1);
    expect(remaining()).toBe('29:59');
    tick(60_000);
    expect(remaining()).toBe('28:59');
  });

  it('obeys Space, + and − and N, and lists them', async () => {
    const { controller } = await renderWithSession(<RunPanel />, running('s1', local(9, 0)));
    for (const key of ['Espace', '+', '−', 'N']) expect(screen.getByText(key, { selector: 'kbd' }));
    tick(10 * 60_000);
    press(' ');
    expect(status()).toBe('Minuteur en pause.');
    tick(5 * 60_000);
    expect(remaining()).toBe('20:00');
    press('+');
    press('+');
    press('-');
    expect(remaining()).toBe('21:00');
    press(' ');
    tick(1000);
    expect(remaining()).toBe('20:59');
    press('n');
    expect(controller.getState().session.run.currentSequenceId).toBe('s2');
    expect(remaining()).toBe('30:00');
  });

  it('leaves keys alone while typing, with modifiers, and held down', async () => {
    const { controller } = await renderWithSession(<RunPanel />, running('s1', local(9, 0)));
    const before = controller.getState().session.run;
    press('+', screen.getByLabelText('Alerte avant la fin (min)'));
    press('n', screen.getByLabelText('Alerte avant la fin (min)'));
    act(() => {
      fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
      fireEvent.keyDown(document.body, { key: ' ', repeat: true });
    });
    expect(controller.getState().session.run).toBe(before);
  });

  it('lets a button reached with Tab do its own job with Space', async () => {
    const { controller } = await renderWithSession(<RunPanel />, running('s1', local(9, 0)));
    const plus = screen.getByRole('button', { name: 'Ajouter une minute' });
    plus.focus();
    press('Tab', plus);
    const spaceOnPlus = fireEvent.keyDown(plus, { key: ' ' });
    expect(spaceOnPlus).toBe(true); // not prevented: the browser clicks the button
    expect(controller.getState().session.run.timer!.pausedAt).toBeNull();
    // After a mouse click on it, Space is the timer's again.
    act(() => {
      fireEvent.pointerDown(plus);
      plus.click();
    });
    press(' ', plus);
    expect(controller.getState().session.run.timer!.pausedAt).not.toBeNull();
    expect(remaining()).toBe('31:00');
  });

  it('warns near the end, then counts the overtime, saying so once', async () => {
    await renderWithSession(<RunPanel />, running('s1', local(9, 0)));
    tick(27 * 60_000 + 59_000);
    expect(status()).toBe('Le minuteur tourne.');
    tick(1000);
    expect(status()).toBe('Bientôt la fin\u00a0: moins de 2\u00a0min restantes.');
    tick(2 * 60_000 + 5000);
    expect(remaining()).toBe('+0:05');
    expect(screen.getByRole('timer').className).toContain('run-countdown__time--over');
    expect(status()).toMatch(/^Temps écoulé/);
  });

  it('says how late the day runs and when it will end', async () => {
    await renderWithSession(<RunPanel />, running('s4', local(10, 27)));
    const day = document.querySelector('.run-day')!.textContent;
    expect(day).toContain('+7\u00a0min de retard sur le programme');
    expect(day).toContain('Fin prévue à 12h37');
    expect(day).toContain('(au programme\u00a0: 12h30)');
    expect(day).toContain('11h17 · Pause (10\u00a0min)');
  });

  it('shows when each sequence really ran', async () => {
    await renderWithSession(<RunPanel />, running('s1', local(9, 3)));
    tick(32 * 60_000);
    act(() => screen.getByRole('button', { name: 'Séquence suivante' }).click());
    const list = document.querySelector('.run-agenda')!.textContent;
    expect(list).toContain('réel\u00a0: 9h03 – 9h35');
    expect(list).toContain('commencée à 9h35');
  });

  it('after the last sequence, says when the day ended, and any sequence can start again', async () => {
    const { controller } = await renderWithSession(<RunPanel />, running('s8', local(12, 20)));
    tick(12 * 60_000);
    act(() => screen.getByRole('button', { name: 'Terminer le programme' }).click());
    expect(screen.getByRole('heading', { name: 'Le programme est terminé.' })).toBeTruthy();
    expect(screen.getByText(/s’est terminé à 12h32/)).toBeTruthy();
    act(() =>
      screen
        .getByRole('button', {
          name: 'Lancer « Conclusion »'.replace(/« /, '«\u00a0').replace(/ »/, '\u00a0»'),
        })
        .click(),
    );
    expect(controller.getState().session.run.currentSequenceId).toBe('s8');
  });

  it('changes the DOM once per second while the timer runs, and not at all while paused', async () => {
    const { rendered, controller } = await renderWithSession(
      <RunPanel />,
      running('s4', local(10, 20)),
    );
    let updates = 0;
    const observer = new MutationObserver(() => updates++);
    observer.observe(rendered.container, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    for (let step = 0; step < 100; step++) {
      tick(100);
      await Promise.resolve();
    }
    expect(updates).toBe(10);
    act(() => controller.dispatch({ type: 'run.pause' }));
    await Promise.resolve();
    updates = 0;
    for (let step = 0; step < 50; step++) {
      tick(1000);
      await Promise.resolve();
    }
    // Paused, the projected end of the day may move once a minute: at most once in 50 s.
    expect(updates).toBeLessThanOrEqual(1);
    observer.disconnect();
  });

  it('opens the room’s display, or the fixed window to share in a video call once chosen', async () => {
    const { backend, current } = await renderWithSession(<RunPanel />, session());
    await act(async () =>
      screen.getByRole('button', { name: 'Ouvrir l’affichage pour la salle' }).click(),
    );
    act(() =>
      screen
        .getByRole('checkbox', { name: 'Fenêtre pour la visio (1280\u00a0×\u00a0720)' })
        .click(),
    );
    expect(current().options.projectorVideoCall).toBe(true);
    await act(async () =>
      screen.getByRole('button', { name: 'Ouvrir la fenêtre pour la visio' }).click(),
    );
    expect(backend.projectorsOpened).toEqual([
      'seance-gennevilliers',
      'seance-gennevilliers (visio)',
    ]);
  });
});
