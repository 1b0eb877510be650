import { useEffect } from 'react';
import type { Timer } from '../../../shared/model/run';
import { timerEvents } from '../../../shared/timer/timer';
import { playChime } from './chime';

/** A chime that could not ring on time (the laptop slept through it) stays silent. */
const STALE_MS = 5000;
const HORIZON_MS = 24 * 60 * 60_000;

/**
 * Rings at the end of each round, of each change of tables and of the sequence, at the very
 * instant (one timeout per chime, no polling). A changed timer (pause, +1 min, next sequence)
 * reschedules from now: nothing rings for what already passed.
 */
export function useChimes(
  timer: Timer | null,
  isMuted: boolean,
  play: () => void = playChime,
  now: () => number = Date.now,
): void {
  useEffect(() => {
    if (!timer || isMuted) return;
    let handle: ReturnType<typeof setTimeout> | null = null;
    const arm = (from: number) => {
      const next = timerEvents(timer, from, from + HORIZON_MS, 0).find((e) => e.kind !== 'warning');
      if (!next) return;
      handle = setTimeout(
        () => {
          const at = now();
          if (at - next.at < STALE_MS) play();
          arm(Math.max(next.at, at));
        },
        Math.max(0, next.at - now()),
      );
    };
    arm(now());
    return () => {
      if (handle !== null) clearTimeout(handle);
    };
  }, [timer, isMuted, play, now]);
}
