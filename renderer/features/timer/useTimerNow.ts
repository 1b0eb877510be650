/**
 * The instant a timer is shown at. It is read from the clock when the timer changes, and again
 * exactly when what the timer shows changes (its next second; the next minute while paused,
 * for the projected end of the day), never in between: an idle window repaints at most once a
 * second, and a window with no timer not at all. A late wake-up (sleep, a throttled window)
 * only means the next reading is later; it is still the clock's, so nothing drifts.
 */
import { useCallback, useState, useSyncExternalStore } from 'react';
import type { Timer } from '../../../shared/model/run';
import { msUntilDisplayChange } from '../../../shared/timer/timer';

const MINUTE = 60_000;

/** When to read the clock next, or null to stop. */
export function nextReadingIn(timer: Timer | null, now: number): number | null {
  if (timer === null) return null;
  return msUntilDisplayChange(timer, now) ?? MINUTE - (now % MINUTE);
}

/** The clock as an external store: one reading per display change. */
export class TimerClock {
  private value: number;
  private key: Timer | null | undefined = undefined;

  constructor(private readonly read: () => number = () => Date.now()) {
    this.value = read();
  }

  /** The last reading; a fresh one when the timer is not the one it was read for. */
  snapshot(timer: Timer | null): number {
    if (timer !== this.key) {
      this.key = timer;
      this.value = this.read();
    }
    return this.value;
  }

  follow(timer: Timer | null, notify: () => void): () => void {
    let handle: ReturnType<typeof setTimeout> | null = null;
    const arm = () => {
      const delay = nextReadingIn(timer, this.read());
      if (delay === null) return;
      handle = setTimeout(() => {
        this.value = this.read();
        notify();
        arm();
      }, delay);
    };
    arm();
    return () => {
      if (handle !== null) clearTimeout(handle);
    };
  }
}

export function useTimerNow(timer: Timer | null): number {
  const [clock] = useState(() => new TimerClock());
  const subscribe = useCallback(
    (notify: () => void) => clock.follow(timer, notify),
    [clock, timer],
  );
  return useSyncExternalStore(subscribe, () => clock.snapshot(timer));
}
