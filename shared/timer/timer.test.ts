/**
 * Timer maths with an injected clock. Timers are changed through the real operations (as the
 * facilitator's window does), and what is shown is compared with an independent model of the
 * same story: running spans summed by hand, seconds formatted through `Date`.
 */
import { describe, expect, it } from 'vitest';
import type { Sequence } from '../model/agenda';
import { sessionSchema, type Session } from '../model/session';
import { applyOperation } from '../session/applyOperation';
import type { OperationInput } from '../session/operations';
import { gennevilliersSession, sequence } from '../testing/sampleSession';
import {
  countdownText,
  msUntilDisplayChange,
  timerEvents,
  timerView,
  type TimerView,
} from './timer';

const T0 = Date.parse('2025-02-04T09:20:00.000Z'); // 10h20 in Gennevilliers
const MIN = 60_000;

const temps1 = sequence('temps1', 'Exploration des 5 composantes — Temps#1', 90, {
  kind: 'sousGroupes',
});
const worldCafe = sequence('cafe', 'World café — 4 thématiques', 86, {
  kind: 'worldCafe',
  rounds: { count: 4, roundMin: 20, changeMin: 2 },
});

/** A session whose operations are stamped by a clock the test moves. */
function run(agenda: Sequence[]) {
  let session: Session = gennevilliersSession({ agenda });
  let now = T0;
  return {
    at: (ms: number) => (now = ms),
    advance: (ms: number) => (now += ms),
    get now() {
      return now;
    },
    dispatch(op: OperationInput) {
      session = applyOperation(session, { ...op, at: new Date(now).toISOString() });
    },
    get session() {
      return session;
    },
    view(at = now): TimerView {
      return timerView(session.run.timer!, at);
    },
  };
}

/** The seconds shown, written independently: through a Date, never through the code under test. */
function idealText(remainingMs: number): string {
  const over = remainingMs <= 0;
  const seconds = over ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const clock = new Date(seconds * 1000).toISOString().slice(11, 19); // HH:MM:SS
  const trimmed = seconds >= 3600 ? clock.replace(/^0/, '') : clock.slice(3).replace(/^0/, '');
  return over ? `+${trimmed}` : trimmed;
}

describe('a 90-minute sequence with pauses', () => {
  // The story: start at 10h20; pause at +25 min for 7 min (a question from the room); pause
  // again at +61 min for 2.5 min; time runs into overtime; the ideal remaining time is the
  // duration minus the running spans, summed by hand.
  const spans = [
    { from: T0, to: T0 + 25 * MIN },
    { from: T0 + 32 * MIN, to: T0 + 61 * MIN },
    { from: T0 + 63.5 * MIN, to: Infinity },
  ];
  const ideal = (t: number) =>
    90 * MIN - spans.reduce((sum, span) => sum + Math.max(0, Math.min(t, span.to) - span.from), 0);

  function story() {
    const day = run([temps1]);
    day.dispatch({ type: 'run.start', sequenceId: 'temps1' });
    const timeline = [
      { at: T0 + 25 * MIN, op: { type: 'run.pause' } },
      { at: T0 + 32 * MIN, op: { type: 'run.resume' } },
      { at: T0 + 61 * MIN, op: { type: 'run.pause' } },
      { at: T0 + 63.5 * MIN, op: { type: 'run.resume' } },
    ] as const;
    return { day, timeline };
  }

  it('shows the ideal remaining time, to the millisecond, at every instant', () => {
    const { day, timeline } = story();
    let next = 0;
    let checked = 0;
    // Every 250 ms plus an odd offset, so that instants fall everywhere inside seconds.
    for (let t = T0; t <= T0 + 110 * MIN; t += 250 + (checked % 7)) {
      while (next < timeline.length && timeline[next]!.at <= t) {
        day.at(timeline[next]!.at);
        day.dispatch(timeline[next]!.op);
        next++;
      }
      const view = day.view(t);
      expect(view.remainingMs).toBe(ideal(t));
      expect(countdownText(view.remainingMs)).toBe(idealText(ideal(t)));
      checked++;
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it('reads 1:30:00 at the start, freezes while paused, and counts up in overtime', () => {
    const { day, timeline } = story();
    expect(countdownText(day.view(T0).remainingMs)).toBe('1:30:00');
    expect(countdownText(day.view(T0 + 1).remainingMs)).toBe('1:30:00');
    expect(countdownText(day.view(T0 + 1000).remainingMs)).toBe('1:29:59');
    for (const step of timeline.slice(0, 1)) {
      day.at(step.at);
      day.dispatch(step.op);
    }
    expect(day.view(T0 + 26 * MIN).isPaused).toBe(true);
    expect(countdownText(day.view(T0 + 30 * MIN).remainingMs)).toBe('1:05:00');
    for (const step of timeline.slice(1)) {
      day.at(step.at);
      day.dispatch(step.op);
    }
    // Running 90 minutes ends 9.5 minutes of pauses late: at +99.5 min.
    const end = T0 + 99.5 * MIN;
    expect(day.view(end - 1).isOvertime).toBe(false);
    expect(countdownText(day.view(end - 1).remainingMs)).toBe('0:01');
    expect(day.view(end).isOvertime).toBe(true);
    expect(countdownText(day.view(end).remainingMs)).toBe('+0:00');
    expect(countdownText(day.view(end + 2 * MIN + 5000).remainingMs)).toBe('+2:05');
    expect(day.view(end + 2 * MIN).overtimeMs).toBe(2 * MIN);
  });

  it('repaints exactly once per displayed second, never early and never late', () => {
    const { day, timeline } = story();
    for (const step of timeline) {
      day.at(step.at);
      day.dispatch(step.op);
    }
    // From the last resume, follow the ticks a window would schedule, into overtime.
    let t = T0 + 63.5 * MIN + 137;
    let ticks = 0;
    while (t < T0 + 100 * MIN) {
      const delay = msUntilDisplayChange(day.session.run.timer!, t)!;
      expect(delay).toBeGreaterThan(0);
      expect(delay).toBeLessThanOrEqual(1000);
      const shown = countdownText(day.view(t).remainingMs);
      expect(countdownText(day.view(t + delay - 1).remainingMs)).toBe(shown);
      expect(countdownText(day.view(t + delay).remainingMs)).not.toBe(shown);
      t += delay;
      ticks++;
    }
    // 36.5 minutes of display, one change per second.
    expect(ticks).toBe(Math.ceil((T0 + 100 * MIN - (T0 + 63.5 * MIN + 137)) / 1000));
  });

  it('asks for no repaint while paused', () => {
    const day = run([temps1]);
    day.dispatch({ type: 'run.start', sequenceId: 'temps1' });
    day.advance(10 * MIN);
    day.dispatch({ type: 'run.pause' });
    expect(msUntilDisplayChange(day.session.run.timer!, day.now + 5 * MIN)).toBeNull();
  });
});

describe('+1 min and −1 min', () => {
  it('add and take off minutes of the time left', () => {
    const day = run([temps1]);
    day.dispatch({ type: 'run.start', sequenceId: 'temps1' });
    day.advance(30 * MIN);
    day.dispatch({ type: 'run.adjust', deltaMin: 1 });
    day.dispatch({ type: 'run.adjust', deltaMin: 1 });
    expect(countdownText(day.view().remainingMs)).toBe('1:02:00');
    day.dispatch({ type: 'run.adjust', deltaMin: -1 });
    expect(countdownText(day.view().remainingMs)).toBe('1:01:00');
    expect(day.session.run.timer!.durationMs).toBe(91 * MIN);
  });

  it('cannot take back time already spent: at most the sequence ends now', () => {
    const day = run([temps1]);
    day.dispatch({ type: 'run.start', sequenceId: 'temps1' });
    day.advance(89.5 * MIN);
    day.dispatch({ type: 'run.adjust', deltaMin: -1 });
    expect(day.view().remainingMs).toBe(0);
    expect(day.view().isOvertime).toBe(true);
  });

  it('in overtime, one more minute counts from now, and taking one off changes nothing', () => {
    const day = run([temps1]);
    day.dispatch({ type: 'run.start', sequenceId: 'temps1' });
    day.advance(95 * MIN);
    const before = day.session;
    day.dispatch({ type: 'run.adjust', deltaMin: -1 });
    expect(day.session).toBe(before);
    day.dispatch({ type: 'run.adjust', deltaMin: 1 });
    expect(countdownText(day.view().remainingMs)).toBe('1:00');
    expect(day.view().isOvertime).toBe(false);
  });

  it('work while paused, and the pause goes on', () => {
    const day = run([temps1]);
    day.dispatch({ type: 'run.start', sequenceId: 'temps1' });
    day.advance(10 * MIN);
    day.dispatch({ type: 'run.pause' });
    day.advance(3 * MIN);
    day.dispatch({ type: 'run.adjust', deltaMin: 5 });
    expect(day.view().isPaused).toBe(true);
    expect(countdownText(day.view(day.now + 20 * MIN).remainingMs)).toBe('1:25:00');
  });
});

describe('restart from the saved state', () => {
  it('goes on where it was: the file holds the timer, the clock does the rest', () => {
    const day = run([temps1]);
    day.dispatch({ type: 'run.start', sequenceId: 'temps1' });
    day.advance(12 * MIN + 345);
    day.dispatch({ type: 'run.pause' });
    day.advance(MIN);
    day.dispatch({ type: 'run.resume' });
    day.dispatch({ type: 'run.adjust', deltaMin: 2 });
    const saved = JSON.stringify(day.session);
    const quitAt = day.now;
    const shownAtQuit = countdownText(day.view(quitAt).remainingMs);

    // The laptop sleeps, Atelier is closed; 17 minutes later it opens the file again.
    const reopened = sessionSchema.parse(JSON.parse(saved));
    const later = quitAt + 17 * MIN;
    expect(timerView(reopened.run.timer!, quitAt).remainingMs).toBe(day.view(quitAt).remainingMs);
    expect(countdownText(timerView(reopened.run.timer!, quitAt).remainingMs)).toBe(shownAtQuit);
    expect(timerView(reopened.run.timer!, later).remainingMs).toBe(
      day.view(quitAt).remainingMs - 17 * MIN,
    );
  });
});

describe('rounds: a world café of 4 × 20 min with 2 min to change tables', () => {
  function cafe() {
    const day = run([worldCafe]);
    day.dispatch({ type: 'run.start', sequenceId: 'cafe' });
    return day;
  }

  it('runs round after round, with a change of tables between them', () => {
    const day = cafe();
    const at = (min: number) => day.view(T0 + min * MIN);
    expect(at(0).phase).toMatchObject({ kind: 'round', round: 1, roundCount: 4 });
    expect(countdownText(at(0).phase.remainingMs)).toBe('20:00');
    expect(countdownText(at(0).remainingMs)).toBe('1:26:00');
    expect(at(19.99).phase.round).toBe(1);
    expect(at(20).phase).toMatchObject({ kind: 'change', round: 2 });
    expect(countdownText(at(20).phase.remainingMs)).toBe('2:00');
    expect(at(22).phase).toMatchObject({ kind: 'round', round: 2 });
    expect(at(64).phase).toMatchObject({ kind: 'change', round: 4 });
    expect(at(66).phase).toMatchObject({ kind: 'round', round: 4, isLast: true });
    expect(at(86).isOvertime).toBe(true);
    expect(countdownText(at(87).phase.remainingMs)).toBe('+1:00');
  });

  it('a minute more is for the round running now, the others keep their length', () => {
    const day = cafe();
    day.at(T0 + 30 * MIN); // round 2
    day.dispatch({ type: 'run.adjust', deltaMin: 1 });
    expect(countdownText(day.view().phase.remainingMs)).toBe('13:00');
    expect(day.view(T0 + 43 * MIN).phase).toMatchObject({ kind: 'change', round: 3 });
    expect(day.session.run.timer!.phases!.map((p) => p.ms / MIN)).toEqual([
      20, 2, 21, 2, 20, 2, 20,
    ]);
    expect(day.session.run.timer!.durationMs).toBe(87 * MIN);
  });

  it('taking a minute off a change of tables with less left starts the next round now', () => {
    const day = cafe();
    day.at(T0 + 21.5 * MIN);
    day.dispatch({ type: 'run.adjust', deltaMin: -1 });
    expect(day.view().phase).toMatchObject({ kind: 'round', round: 2 });
    expect(countdownText(day.view().phase.remainingMs)).toBe('20:00');
  });

  it('warns before the end of each round, and announces each change of tables', () => {
    const day = cafe();
    const events = timerEvents(day.session.run.timer!, T0, T0 + 90 * MIN, 2 * MIN);
    expect(events.map((e) => `${e.kind}@${(e.at - T0) / MIN}`)).toEqual([
      'warning@18',
      'phaseEnd@20',
      'phaseEnd@22',
      'warning@40',
      'phaseEnd@42',
      'phaseEnd@44',
      'warning@62',
      'phaseEnd@64',
      'phaseEnd@66',
      'warning@84',
      'end@86',
    ]);
    expect(timerEvents(day.session.run.timer!, T0 + 20 * MIN, T0 + 21 * MIN, 2 * MIN)).toEqual([]);
  });

  it('repaints once per second across the changes of tables', () => {
    const day = cafe();
    let t = T0 + 19 * MIN + 500;
    const shown: string[] = [];
    while (t < T0 + 23 * MIN) {
      const view = day.view(t);
      shown.push(`${view.phase.kind}:${countdownText(view.phase.remainingMs)}`);
      t += msUntilDisplayChange(day.session.run.timer!, t)!;
    }
    // One reading at 19:00.5, then one per second from 19:01 to 22:59.
    expect(shown).toHaveLength(240);
    expect(shown.slice(59, 62)).toEqual(['round:0:01', 'change:2:00', 'change:1:59']);
    expect(shown.slice(179, 182)).toEqual(['change:0:01', 'round:20:00', 'round:19:59']);
  });

  it('shows the same for the same instant after a save and a reload', () => {
    const day = cafe();
    day.at(T0 + 41 * MIN);
    day.dispatch({ type: 'run.pause' });
    const reopened = sessionSchema.parse(JSON.parse(JSON.stringify(day.session)));
    expect(timerView(reopened.run.timer!, T0 + 50 * MIN)).toEqual(day.view(T0 + 50 * MIN));
  });
});
