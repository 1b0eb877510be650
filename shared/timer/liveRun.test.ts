import { describe, expect, it } from 'vitest';
import type { Session } from '../model/session';
import { minutesOfDay, minutesToClockTime } from '../model/time';
import { applyOperation } from '../session/applyOperation';
import type { OperationInput } from '../session/operations';
import { gennevilliersAgenda, gennevilliersSession } from '../testing/sampleSession';
import { liveRun } from './liveRun';

const paris = (epochMs: number) => minutesOfDay(epochMs, 'Europe/Paris');
const at = (time: string) => Date.parse(`2025-02-04T${time}:00.000+01:00`);

function session() {
  let s: Session = gennevilliersSession({ agenda: gennevilliersAgenda() });
  return {
    dispatch(time: string, op: OperationInput) {
      s = applyOperation(s, { ...op, at: new Date(at(time)).toISOString() });
      return this;
    },
    read: (time: string) => liveRun(s, at(time), paris),
  };
}

describe('liveRun', () => {
  it('before the day: nothing runs, the first sequence is up', () => {
    const run = session().read('08:50');
    expect(run).toMatchObject({ status: 'notStarted', current: null, timer: null, day: null });
    expect(run.upcoming?.title).toBe('Accueil convivial');
  });

  it('during a sequence: its timer, the next one, how late the day runs', () => {
    const day = session().dispatch('10:27', { type: 'run.start', sequenceId: 's4' });
    const run = day.read('10:40');
    expect(run.status).toBe('running');
    expect(run.current?.id).toBe('s4');
    expect(run.upcoming?.title).toBe('Pause');
    expect(run.day).toMatchObject({ driftMin: 7, next: { id: 's5' } });
    expect(minutesToClockTime(run.day!.endMin)).toBe('12:37');
    expect(run.isWarning).toBe(false);
  });

  it('warns near the end, then runs late by the overtime', () => {
    const day = session()
      .dispatch('10:20', { type: 'run.start', sequenceId: 's4' })
      .dispatch('10:20', { type: 'run.configure', options: { timerWarningMin: 5 } });
    expect(day.read('11:04').isWarning).toBe(false);
    expect(day.read('11:05').isWarning).toBe(true);
    const late = day.read('11:16');
    expect(late.timer?.isOvertime).toBe(true);
    expect(late.isWarning).toBe(false);
    expect(late.day?.driftMin).toBe(6);
    expect(minutesToClockTime(late.day!.endMin)).toBe('12:36');
  });

  it('paused: the day slips while the timer waits', () => {
    const day = session()
      .dispatch('09:00', { type: 'run.start', sequenceId: 's1' })
      .dispatch('09:10', { type: 'run.pause' });
    expect(day.read('09:25')).toMatchObject({ status: 'paused', day: { driftMin: 15 } });
  });

  it('after the last sequence: finished', () => {
    const day = session();
    for (const [time, id] of [
      ['09:00', 's1'],
      ['09:30', 's2'],
      ['10:00', 's3'],
      ['10:20', 's4'],
      ['11:10', 's5'],
      ['11:20', 's6'],
      ['11:45', 's7'],
      ['12:20', 's8'],
    ] as const)
      day.dispatch(time, { type: 'run.start', sequenceId: id });
    day.dispatch('12:31', { type: 'run.finish' });
    expect(day.read('12:40')).toMatchObject({ status: 'finished', upcoming: null });
  });

  it('after the last sequence, finished even if some were skipped', () => {
    const day = session()
      .dispatch('09:00', { type: 'run.start', sequenceId: 's1' })
      .dispatch('09:30', { type: 'run.start', sequenceId: 's8' })
      .dispatch('09:40', { type: 'run.finish' });
    expect(day.read('09:41')).toMatchObject({ status: 'finished', upcoming: null });
  });

  it('when the running sequence is deleted, the day goes on after the last one that ran', () => {
    const day = session()
      .dispatch('09:00', { type: 'run.start', sequenceId: 's1' })
      .dispatch('09:30', { type: 'run.start', sequenceId: 's2' })
      .dispatch('09:31', { type: 'agenda.remove', id: 's2' });
    expect(day.read('09:32')).toMatchObject({
      status: 'notStarted',
      current: null,
      timer: null,
      upcoming: { id: 's3' },
    });
  });
});
