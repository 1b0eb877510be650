import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Timer } from '../../../shared/model/run';
import { phasesFor, plannedTimer } from '../../../shared/timer/timer';
import { useChimes } from './useChimes';

const START = Date.parse('2025-03-11T09:20:00.000Z');
const MIN = 60_000;

const cafe = (): Timer => ({
  ...plannedTimer({ durationMin: 86, rounds: { count: 4, roundMin: 20, changeMin: 2 } }, START, {
    paused: false,
  }),
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: START });
});
afterEach(() => vi.useRealTimers());

describe('useChimes', () => {
  it('rings at the end of each round, each change of tables and the sequence, on time', () => {
    const play = vi.fn();
    const rings: number[] = [];
    play.mockImplementation(() => rings.push((Date.now() - START) / MIN));
    renderHook(() => useChimes(cafe(), false, play));
    vi.advanceTimersByTime(100 * MIN);
    expect(phasesFor({ rounds: { count: 4, roundMin: 20, changeMin: 2 } })).toHaveLength(7);
    expect(rings).toEqual([20, 22, 42, 44, 64, 66, 86]);
  });

  it('stays silent when muted', () => {
    const play = vi.fn();
    renderHook(() => useChimes(cafe(), true, play));
    vi.advanceTimersByTime(100 * MIN);
    expect(play).not.toHaveBeenCalled();
  });

  it('does not ring late for what the laptop slept through', () => {
    const play = vi.fn();
    renderHook(() => useChimes(cafe(), false, play));
    // The lid closes at 10 minutes and opens at 45: the overdue timeout fires on waking.
    vi.advanceTimersByTime(10 * MIN);
    vi.setSystemTime(START + 45 * MIN);
    vi.advanceTimersToNextTimer();
    expect(Date.now() - START).toBeGreaterThan(44 * MIN);
    expect(play).not.toHaveBeenCalled();
    // The next one, the end of round 3 at 64 minutes, rings on time.
    vi.advanceTimersByTime(START + 64 * MIN - 1 - Date.now());
    expect(play).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(play).toHaveBeenCalledTimes(1);
  });

  it('reschedules from now when the timer changes, and rings nothing while paused', () => {
    const play = vi.fn();
    const timer = cafe();
    const { rerender } = renderHook(({ t }) => useChimes(t, false, play), {
      initialProps: { t: timer },
    });
    vi.advanceTimersByTime(15 * MIN);
    rerender({ t: { ...timer, pausedAt: START + 15 * MIN } });
    vi.advanceTimersByTime(30 * MIN);
    expect(play).not.toHaveBeenCalled();
  });
});
