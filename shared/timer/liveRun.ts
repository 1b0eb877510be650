/**
 * What the facilitator's window and the projector show of the run, read from the session at
 * an instant: which sequence runs, what comes next, its timer, whether it warns, and how the
 * day runs against the plan. `minutesOf` turns an instant into local minutes since midnight
 * (the caller's time zone).
 */
import { plannedTimes, type PlannedDay } from '../agenda/plannedTimes';
import { runOfShow, type RunOfShow } from '../agenda/runOfShow';
import type { Sequence } from '../model/agenda';
import type { Session } from '../model/session';
import { timerView, type TimerView } from './timer';

export type RunStatus = 'notStarted' | 'running' | 'paused' | 'finished';

export type LiveRun = {
  status: RunStatus;
  current: Sequence | null;
  currentIndex: number;
  /** What "start" or "next" starts: the one after the current (or after the last that ran). */
  upcoming: Sequence | null;
  timer: TimerView | null;
  /** Near the end of the sequence or of a round (not during a change of tables). */
  isWarning: boolean;
  /** The warning threshold, in minutes. */
  warningMin: number;
  planned: PlannedDay;
  /** While a sequence runs. */
  day: RunOfShow | null;
};

type RunInput = Pick<Session, 'agenda' | 'run' | 'options' | 'startTime' | 'endTime'>;

export function liveRun(
  session: RunInput,
  now: number,
  minutesOf: (epochMs: number) => number,
  planned: PlannedDay = plannedTimes(session.agenda, session),
): LiveRun {
  const { agenda, run } = session;
  const currentIndex = agenda.findIndex((s) => s.id === run.currentSequenceId);
  const current = agenda[currentIndex] ?? null;
  const timer = current && run.timer ? timerView(run.timer, now) : null;
  if (!current) {
    // Between sequences, the day goes on after the last one that ran (skipped ones stay
    // skipped); after the last sequence, it is over.
    const lastRan = agenda.findLastIndex((s) => s.actualStart !== null);
    const upcoming = agenda[lastRan + 1] ?? null;
    return {
      status: lastRan !== -1 && upcoming === null ? 'finished' : 'notStarted',
      current: null,
      currentIndex: -1,
      upcoming,
      timer: null,
      isWarning: false,
      warningMin: session.options.timerWarningMin,
      planned,
      day: null,
    };
  }
  const warningMs = session.options.timerWarningMin * 60_000;
  const isWarning =
    timer !== null &&
    !timer.isOvertime &&
    timer.phase.kind !== 'change' &&
    warningMs > 0 &&
    timer.phase.remainingMs <= warningMs;
  // In overtime the sequence ends no earlier than now.
  const endsAt = timer ? Math.max(timer.endsAt, now) : now;
  return {
    status: timer === null || timer.isPaused ? 'paused' : 'running',
    current,
    currentIndex,
    upcoming: agenda[currentIndex + 1] ?? null,
    timer,
    isWarning,
    warningMin: session.options.timerWarningMin,
    planned,
    day: runOfShow(agenda, planned, { index: currentIndex, endMin: minutesOf(endsAt) }),
  };
}
