import { describe, expect, it } from 'vitest';
import type { Session } from '../model/session';
import { countdownText, timerView } from '../timer/timer';
import { gennevilliersAgenda, gennevilliersSession } from '../testing/sampleSession';
import { applyOperation, isUndoable } from './applyOperation';
import type { OperationInput, OperationType } from './operations';

// 9h00 in Gennevilliers (UTC+1 in February).
const NINE = Date.parse('2025-02-04T08:00:00.000Z');
const MIN = 60_000;

function day() {
  let session: Session = gennevilliersSession({ agenda: gennevilliersAgenda() });
  let now = NINE;
  return {
    get session() {
      return session;
    },
    at(minutesAfterNine: number) {
      now = NINE + minutesAfterNine * MIN;
      return this;
    },
    dispatch(op: OperationInput) {
      session = applyOperation(session, { ...op, at: new Date(now).toISOString() });
      return this;
    },
    sequence: (id: string) => session.agenda.find((s) => s.id === id)!,
    shown: () => countdownText(timerView(session.run.timer!, now).remainingMs),
  };
}

const iso = (minutesAfterNine: number) => new Date(NINE + minutesAfterNine * MIN).toISOString();

describe('run operations', () => {
  it('record when each sequence really started and ended, for the minutes', () => {
    const d = day();
    d.at(3).dispatch({ type: 'run.start', sequenceId: 's1' });
    d.at(35).dispatch({ type: 'run.start', sequenceId: 's2' });
    d.at(68).dispatch({ type: 'run.start', sequenceId: 's3' });
    expect(d.sequence('s1')).toMatchObject({ actualStart: iso(3), actualEnd: iso(35) });
    expect(d.sequence('s2')).toMatchObject({ actualStart: iso(35), actualEnd: iso(68) });
    expect(d.sequence('s3')).toMatchObject({ actualStart: iso(68), actualEnd: null });
    expect(d.session.run.currentSequenceId).toBe('s3');
    d.at(90).dispatch({ type: 'run.finish' });
    expect(d.sequence('s3').actualEnd).toBe(iso(90));
    expect(d.session.run).toMatchObject({ currentSequenceId: null, timer: null });
  });

  it('keep the first start when a sequence is taken up again', () => {
    const d = day();
    d.at(0).dispatch({ type: 'run.start', sequenceId: 's1' });
    d.at(30).dispatch({ type: 'run.start', sequenceId: 's2' });
    d.at(32).dispatch({ type: 'run.start', sequenceId: 's1' });
    expect(d.sequence('s1')).toMatchObject({ actualStart: iso(0), actualEnd: null });
    expect(d.sequence('s2')).toMatchObject({ actualStart: iso(30), actualEnd: iso(32) });
  });

  it('reset puts the full time back, stopped, and keeps the recorded start', () => {
    const d = day();
    d.at(0).dispatch({ type: 'run.start', sequenceId: 's2' });
    d.at(12).dispatch({ type: 'run.reset' });
    expect(d.at(20).shown()).toBe('30:00');
    expect(d.session.run.timer!.pausedAt).not.toBeNull();
    expect(d.sequence('s2').actualStart).toBe(iso(0));
    d.at(21).dispatch({ type: 'run.resume' });
    expect(d.at(22).shown()).toBe('29:00');
  });

  it('change nothing when there is nothing to change', () => {
    const d = day();
    const idle = d.session;
    for (const op of [
      { type: 'run.pause' },
      { type: 'run.resume' },
      { type: 'run.adjust', deltaMin: 1 },
      { type: 'run.reset' },
      { type: 'run.finish' },
      { type: 'run.start', sequenceId: 'absent' },
    ] as const)
      expect(applyOperation(idle, { ...op, at: iso(1) })).toBe(idle);
    d.at(0).dispatch({ type: 'run.start', sequenceId: 's1' }).dispatch({ type: 'run.pause' });
    const paused = d.session;
    expect(applyOperation(paused, { type: 'run.pause', at: iso(2) })).toBe(paused);
  });

  it('set the warning, the chime and the projector’s theme for the session', () => {
    const d = day();
    d.dispatch({ type: 'run.configure', options: { timerWarningMin: 5, projectorTheme: 'light' } });
    d.dispatch({ type: 'run.configure', options: { chimeMuted: true } });
    expect(d.session.options).toMatchObject({
      timerWarningMin: 5,
      chimeMuted: true,
      projectorTheme: 'light',
      roles: gennevilliersSession().options.roles,
    });
  });

  it('are never undone: Ctrl+Z must not rewind a timer', () => {
    const types: OperationType[] = [
      'run.start',
      'run.pause',
      'run.resume',
      'run.adjust',
      'run.reset',
      'run.finish',
      'run.configure',
    ];
    expect(types.filter((type) => isUndoable({ type }))).toEqual([]);
    expect(isUndoable({ type: 'agenda.update' })).toBe(true);
  });
});
