/**
 * Timer maths. A timer is data (`shared/model/run.ts`): everything shown is derived from it and
 * a reading of the clock, which is always a parameter. So the display survives a restart, the
 * laptop's sleep and a throttled window, and two windows reading the same clock show the same
 * time. Instants are epoch milliseconds; durations are whole seconds (see `toWholeSeconds`).
 */
import type { Sequence } from '../model/agenda';
import type { Timer, TimerPhase } from '../model/run';

export type PhaseKind = 'single' | TimerPhase['kind'];

export type PhaseView = {
  kind: PhaseKind;
  /** Its index among the timer's phases (0 without rounds). */
  index: number;
  /** 1-based; during a change of tables, the round that comes next. 1 without rounds. */
  round: number;
  roundCount: number;
  durationMs: number;
  /** Only the last phase goes to zero and below. */
  remainingMs: number;
  isLast: boolean;
};

export type TimerView = {
  isPaused: boolean;
  /** Running time since the start, pauses left out. */
  elapsedMs: number;
  durationMs: number;
  /** Of the whole timer: zero or less once time is up. */
  remainingMs: number;
  /** Time is up: the display counts up from zero. */
  isOvertime: boolean;
  overtimeMs: number;
  phase: PhaseView;
  /** When the timer reaches zero if it runs on from now. */
  endsAt: number;
};

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Minutes as whole seconds of milliseconds: every display change then falls on a second. */
export function toWholeSeconds(minutes: number): number {
  return Math.round(minutes * 60) * SECOND;
}

/** The phases a timer runs through; a timer without rounds has one (warned about like a round). */
function phasesOf(timer: Timer): TimerPhase[] {
  return timer.phases && timer.phases.length > 0
    ? timer.phases
    : [{ kind: 'round', ms: timer.durationMs }];
}

const sum = (phases: readonly TimerPhase[]) => phases.reduce((total, p) => total + p.ms, 0);

/** Running time at `now`: never negative, frozen while paused. */
export function elapsedAt(timer: Timer, now: number): number {
  const until = timer.pausedAt ?? now;
  return Math.max(0, until - timer.startedAt - timer.pausedTotalMs);
}

export function timerView(timer: Timer, now: number): TimerView {
  const hasRounds = timer.phases !== null && timer.phases.length > 0;
  const phases = phasesOf(timer);
  const durationMs = hasRounds ? sum(phases) : timer.durationMs;
  const elapsedMs = elapsedAt(timer, now);
  let index = phases.length - 1;
  let phaseStart = durationMs - phases[index]!.ms;
  let start = 0;
  for (let i = 0; i < phases.length; i++) {
    const end = start + phases[i]!.ms;
    if (elapsedMs < end) {
      index = i;
      phaseStart = start;
      break;
    }
    start = end;
  }
  const phase = phases[index]!;
  const roundsBefore = phases.slice(0, index).filter((p) => p.kind === 'round').length;
  const remainingMs = durationMs - elapsedMs;
  const isOvertime = elapsedMs >= durationMs;
  return {
    isPaused: timer.pausedAt !== null,
    elapsedMs,
    durationMs,
    remainingMs,
    isOvertime,
    overtimeMs: isOvertime ? elapsedMs - durationMs : 0,
    phase: {
      kind: hasRounds ? phase.kind : 'single',
      index,
      round: roundsBefore + 1,
      roundCount: hasRounds ? phases.filter((p) => p.kind === 'round').length : 1,
      durationMs: phase.ms,
      remainingMs: phaseStart + phase.ms - elapsedMs,
      isLast: index === phases.length - 1,
    },
    endsAt: now + remainingMs,
  };
}

/**
 * The seconds a countdown shows: a remaining 4:59.2 reads 5:00 (it reaches 0:00 at zero), an
 * overtime of 0:00.8 reads +0:00.
 */
export function displayedSeconds(remainingMs: number): number {
  return remainingMs > 0 ? Math.ceil(remainingMs / SECOND) : Math.floor(-remainingMs / SECOND);
}

/** « 12:34 », « 1:30:00 »; overtime counts up with a plus: « +2:05 ». */
export function countdownText(remainingMs: number): string {
  const total = displayedSeconds(remainingMs);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  const text =
    hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
  return remainingMs > 0 ? text : `+${text}`;
}

const positiveModulo = (value: number, by: number) => ((value % by) + by) % by;

/**
 * How long until what a running timer shows changes (its seconds or its phase): the one moment
 * a window needs to repaint. Null while paused: nothing it shows moves.
 */
export function msUntilDisplayChange(timer: Timer, now: number): number | null {
  if (timer.pausedAt !== null) return null;
  if (now < timer.startedAt + timer.pausedTotalMs)
    return timer.startedAt + timer.pausedTotalMs - now;
  const view = timerView(timer, now);
  const untilTotal = positiveModulo(view.remainingMs, SECOND) || SECOND;
  const untilPhase = view.phase.isLast
    ? untilTotal
    : positiveModulo(view.phase.remainingMs, SECOND) || SECOND;
  return Math.min(untilTotal, untilPhase);
}

export type TimerEvent = {
  kind: 'warning' | 'phaseEnd' | 'end';
  at: number;
  /** The phase that warns or ends. */
  phaseIndex: number;
};

/**
 * What happens in (from, to] while the timer runs unchanged: a warning `warningMs` before the
 * end of each round (not of a change of tables), the end of each phase, the end of the timer.
 */
export function timerEvents(
  timer: Timer,
  from: number,
  to: number,
  warningMs: number,
): TimerEvent[] {
  if (timer.pausedAt !== null || to <= from) return [];
  const origin = timer.startedAt + timer.pausedTotalMs;
  const phases = phasesOf(timer);
  const events: TimerEvent[] = [];
  let end = origin;
  phases.forEach((phase, phaseIndex) => {
    end += phase.ms;
    const isLast = phaseIndex === phases.length - 1;
    if (phase.kind === 'round' && warningMs > 0 && phase.ms > warningMs)
      events.push({ kind: 'warning', at: end - warningMs, phaseIndex });
    if (phase.ms > 0 || isLast)
      events.push({ kind: isLast ? 'end' : 'phaseEnd', at: end, phaseIndex });
  });
  return events.filter((event) => event.at > from && event.at <= to).sort((a, b) => a.at - b.at);
}

/** The phases of a sequence in rounds: round, change of tables, round… (none between the last two). */
export function phasesFor(sequence: Pick<Sequence, 'rounds'>): TimerPhase[] | null {
  const rounds = sequence.rounds;
  if (!rounds) return null;
  const phases: TimerPhase[] = [];
  for (let round = 1; round <= rounds.count; round++) {
    phases.push({ kind: 'round', ms: toWholeSeconds(rounds.roundMin) });
    if (round < rounds.count && rounds.changeMin > 0)
      phases.push({ kind: 'change', ms: toWholeSeconds(rounds.changeMin) });
  }
  return phases;
}

/** The full time of a sequence, not started: its rounds if it has some, else its duration. */
export function plannedTimer(
  sequence: Pick<Sequence, 'rounds' | 'durationMin'>,
  at: number,
  options: { paused: boolean },
): Timer {
  const phases = phasesFor(sequence);
  return {
    startedAt: at,
    pausedAt: options.paused ? at : null,
    pausedTotalMs: 0,
    durationMs: phases ? sum(phases) : toWholeSeconds(sequence.durationMin),
    phases,
  };
}

export function pauseTimer(timer: Timer, at: number): Timer {
  if (timer.pausedAt !== null) return timer;
  return { ...timer, pausedAt: Math.max(at, timer.startedAt) };
}

export function resumeTimer(timer: Timer, at: number): Timer {
  if (timer.pausedAt === null) return timer;
  return {
    ...timer,
    pausedAt: null,
    pausedTotalMs: timer.pausedTotalMs + Math.max(0, at - timer.pausedAt),
  };
}

/**
 * More or less time for the phase running at `at` (the current round, or the whole timer).
 * Time already spent cannot be taken back: at most, the phase ends now. In overtime, the
 * added minutes count from now ("one more minute"), and taking time off changes nothing.
 */
export function adjustTimer(timer: Timer, at: number, deltaMin: number): Timer {
  const view = timerView(timer, at);
  const phases = phasesOf(timer);
  const phase = phases[view.phase.index]!;
  const spent = phase.ms - view.phase.remainingMs;
  if (deltaMin < 0 && view.phase.remainingMs <= 0) return timer;
  const ms = Math.max(spent, Math.max(phase.ms, spent) + deltaMin * MINUTE);
  if (ms === phase.ms) return timer;
  if (timer.phases === null || timer.phases.length === 0) return { ...timer, durationMs: ms };
  const next = phases.map((p, i) => (i === view.phase.index ? { ...p, ms } : p));
  return { ...timer, phases: next, durationMs: sum(next) };
}
