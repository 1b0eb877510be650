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

describe('plannedTimes after a reorder', () => {
  it('recomputes every start; a pinned sequence keeps its time wherever it goes', () => {
    const day = [
      seq('accueil', 30, '09:00'),
      seq('temoignages', 35, '11:45'),
      seq('intro', 30),
      seq('conclusion', 10),
    ];
    const moved = [day[0]!, day[2]!, day[3]!, day[1]!];
    const times = (agenda: typeof day) =>
      plannedTimes(agenda, { startTime: '09:00', endTime: '12:30' }).sequences.map((s) =>
        minutesToClockTime(s.startMin),
      );
    expect(times(day)).toEqual(['09:00', '11:45', '12:20', '12:50']);
    expect(plannedTimes(day, { startTime: '09:00', endTime: '12:30' }).overrunMin).toBe(30);
    expect(times(moved)).toEqual(['09:00', '09:30', '10:00', '11:45']);
    expect(plannedTimes(moved, { startTime: '09:00', endTime: '12:30' }).overrunMin).toBe(0);
  });

  it('says when a pinned sequence starts before the previous one ends', () => {
    const day = plannedTimes([seq('intro', 30), seq('accueil', 30, '09:00'), seq('c', 10)], {
      startTime: '09:00',
      endTime: '12:30',
    });
    expect(day.sequences.map((s) => s.overlapMin)).toEqual([0, 30, 0]);
  });

  it('has no end and no over-run for an empty agenda', () => {
    expect(plannedTimes([], { startTime: '09:00', endTime: '12:30' })).toMatchObject({
      endMin: null,
      totalMin: 0,
      overrunMin: 0,
    });
  });
});
