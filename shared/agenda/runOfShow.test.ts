import { describe, expect, it } from 'vitest';
import { clockTimeToMinutes, minutesOfDay, minutesToClockTime } from '../model/time';
import { gennevilliersAgenda } from '../testing/sampleSession';
import { plannedTimes } from './plannedTimes';
import { runOfShow } from './runOfShow';

const agenda = gennevilliersAgenda();
const planned = plannedTimes(agenda, { startTime: '09:00', endTime: '12:30' });
const at = (time: string) => clockTimeToMinutes(time);

describe('runOfShow', () => {
  it('says how late the day runs and when it will end', () => {
    // Temps#1 (planned 10h20 – 11h10) started at 10h27: it will end at 11h17.
    const day = runOfShow(agenda, planned, { index: 3, endMin: at('11:17') });
    expect(day.driftMin).toBe(7);
    expect(minutesToClockTime(day.endMin)).toBe('12:37');
    expect(day.plannedEndMin).toBe(at('12:30'));
    expect(day.next).toEqual({ id: 's5', startMin: at('11:17') });
  });

  it('says how early it runs', () => {
    const day = runOfShow(agenda, planned, { index: 1, endMin: at('09:56') });
    expect(day.driftMin).toBe(-4);
    expect(minutesToClockTime(day.endMin)).toBe('12:26');
  });

  it('lets a pinned sequence wait for its time: running early is absorbed there', () => {
    const pinned = agenda.map((s) => (s.id === 's7' ? { ...s, pinnedStart: '11:45' } : s));
    const plan = plannedTimes(pinned, { startTime: '09:00', endTime: '12:30' });
    const early = runOfShow(pinned, plan, { index: 3, endMin: at('11:00') });
    expect(early.driftMin).toBe(-10);
    expect(minutesToClockTime(early.endMin)).toBe('12:30');
    const late = runOfShow(pinned, plan, { index: 3, endMin: at('11:25') });
    expect(minutesToClockTime(late.endMin)).toBe('12:45');
  });

  it('has no next sequence during the last one', () => {
    const day = runOfShow(agenda, planned, { index: 7, endMin: at('12:33') });
    expect(day).toMatchObject({ driftMin: 3, endMin: at('12:33'), next: null });
  });
});

describe('minutesOfDay', () => {
  it('reads an instant as local minutes since midnight', () => {
    expect(minutesOfDay(Date.parse('2025-02-04T09:27:30.000Z'), 'Europe/Paris')).toBe(627.5);
    expect(minutesOfDay(Date.parse('2025-07-04T09:27:00.000Z'), 'Europe/Paris')).toBe(687);
    expect(minutesOfDay(Date.parse('2025-02-04T23:10:00.000Z'), 'Europe/Paris')).toBe(10);
  });
});
