import { describe, expect, it } from 'vitest';
import { minutesToClockTime } from '../model/time';
import { plannedTimes } from './plannedTimes';

const seq = (id: string, durationMin: number, pinnedStart: string | null = null) => ({
  id,
  durationMin,
  pinnedStart,
});

// The Gennevilliers programme of 4 February 2025.
const gennevilliers = [
  seq('accueil', 30, '09:00'),
  seq('intro', 30),
  seq('elements', 20),
  seq('temps1', 50),
  seq('pause', 10),
  seq('temps2', 25),
  seq('temoignages', 35),
  seq('conclusion', 10),
];

describe('plannedTimes', () => {
  it('chains durations into the programme times', () => {
    const day = plannedTimes(gennevilliers, { startTime: '09:00', endTime: '12:30' });
    expect(day.sequences.map((s) => minutesToClockTime(s.startMin))).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:20',
      '11:10',
      '11:20',
      '11:45',
      '12:20',
    ]);
    expect(day.totalMin).toBe(210);
    expect(day.overrunMin).toBe(0);
  });

  it('honours a pinned start and warns when the plan runs past the end', () => {
    const day = plannedTimes([seq('a', 60), seq('b', 30, '11:00'), seq('c', 45)], {
      startTime: '09:30',
      endTime: '11:30',
    });
    expect(day.sequences.map((s) => [s.startMin, s.endMin].map(minutesToClockTime))).toEqual([
      ['09:30', '10:30'],
      ['11:00', '11:30'],
      ['11:30', '12:15'],
    ]);
    expect(day.overrunMin).toBe(45);
  });
});
