/**
 * Running the day against the clock. Timers are data stamped with the operation's instant
 * (`at`), so the window that dispatches, the Node side and the projector all compute the same
 * timer. None of these is undoable: Ctrl+Z undoes work, it never rewinds a timer.
 */
import { z } from 'zod';
import { idSchema } from '../model/ids';
import type { Timer } from '../model/run';
import { projectorThemes, type Session } from '../model/session';
import { adjustTimer, pauseTimer, plannedTimer, resumeTimer } from '../timer/timer';
import { defineOps, updateById } from './defineOps';

const instant = (at: string) => Date.parse(at);

/** The sequence that was running ends now (its end is recorded if it had started). */
function endCurrent(session: Session, at: string): Session['agenda'] {
  const current = session.run.currentSequenceId;
  if (current === null) return session.agenda;
  return updateById(session.agenda, current, (sequence) =>
    sequence.actualStart === null ? sequence : { ...sequence, actualEnd: at },
  );
}

function withTimer(session: Session, change: (timer: Timer) => Timer): Session {
  const timer = session.run.timer;
  if (!timer || session.run.currentSequenceId === null) return session;
  const next = change(timer);
  return next === timer ? session : { ...session, run: { ...session.run, timer: next } };
}

export const runOps = defineOps({
  /** This sequence starts now, with its full time; the one before it ends. */
  'run.start': {
    input: z.object({ sequenceId: idSchema }),
    apply: (session, op) => {
      const sequence = session.agenda.find((s) => s.id === op.sequenceId);
      if (!sequence) return session;
      const agenda = updateById(endCurrent(session, op.at), sequence.id, (s) => ({
        ...s,
        actualStart: s.actualStart ?? op.at,
        actualEnd: null,
      }));
      return {
        ...session,
        agenda,
        run: {
          ...session.run,
          currentSequenceId: sequence.id,
          timer: plannedTimer(sequence, instant(op.at), { paused: false }),
        },
      };
    },
    undoable: false,
  },
  'run.pause': {
    input: z.object({}),
    apply: (session, op) => withTimer(session, (timer) => pauseTimer(timer, instant(op.at))),
    undoable: false,
  },
  'run.resume': {
    input: z.object({}),
    apply: (session, op) => withTimer(session, (timer) => resumeTimer(timer, instant(op.at))),
    undoable: false,
  },
  /** "+1 min", "−1 min" for the phase running now. */
  'run.adjust': {
    input: z.object({ deltaMin: z.number().int().min(-60).max(60) }),
    apply: (session, op) =>
      withTimer(session, (timer) => adjustTimer(timer, instant(op.at), op.deltaMin)),
    undoable: false,
  },
  /** Back to the sequence's full time, stopped; its recorded start is kept. */
  'run.reset': {
    input: z.object({}),
    apply: (session, op) => {
      const sequence = session.agenda.find((s) => s.id === session.run.currentSequenceId);
      if (!sequence) return session;
      const timer = plannedTimer(sequence, instant(op.at), { paused: true });
      return { ...session, run: { ...session.run, timer } };
    },
    undoable: false,
  },
  /** The current sequence ends and no other starts: the end of the day. */
  'run.finish': {
    input: z.object({}),
    apply: (session, op) => {
      if (session.run.currentSequenceId === null) return session;
      return {
        ...session,
        agenda: endCurrent(session, op.at),
        run: { ...session.run, currentSequenceId: null, timer: null },
      };
    },
    undoable: false,
  },
  /**
   * The session's options: the warning threshold, the chime, the projector's theme and its
   * video-call window, the one-registration-per-organisation rule of a cycle.
   */
  'run.configure': {
    input: z.object({
      options: z
        .object({
          timerWarningMin: z.number().min(0).max(60),
          chimeMuted: z.boolean(),
          projectorTheme: z.enum(projectorThemes),
          projectorVideoCall: z.boolean(),
          onePerOrganisation: z.boolean(),
        })
        .partial(),
    }),
    apply: (session, op) => ({ ...session, options: { ...session.options, ...op.options } }),
    undoable: false,
  },
});
