import { z } from 'zod';
import { idSchema } from './ids';

/**
 * A timer is data, not a ticking interval: what is shown is derived from the clock, so it
 * survives sleep, a throttled window and a restart. Times are epoch milliseconds.
 */
export const timerPhaseSchema = z.looseObject({
  kind: z.enum(['round', 'change']),
  ms: z.number().min(0),
});
export type TimerPhase = z.infer<typeof timerPhaseSchema>;

export const timerSchema = z.looseObject({
  startedAt: z.number(),
  /** Set while paused. */
  pausedAt: z.number().nullable(),
  /** Sum of finished pauses. */
  pausedTotalMs: z.number().min(0),
  /** The whole timer; with phases, their sum. */
  durationMs: z.number().min(0),
  /**
   * A sequence in rounds runs round after round: "round, change of tables, round…", taken
   * from the sequence when it starts. Null: one phase of `durationMs`.
   */
  phases: z.array(timerPhaseSchema).max(100).nullable().default(null),
});
export type Timer = z.infer<typeof timerSchema>;

/**
 * What the room sees now on the projector. Each kind has its view in
 * `renderer/features/projector/roomViews.tsx`; a feature adds a kind here and its view there.
 */
export const roomViewSchema = z.discriminatedUnion('kind', [
  /** The current sequence: its title, prompt and remaining time. */
  z.looseObject({ kind: z.literal('timer') }),
  /** A grouping's tables; for rotations, one round (null: every person's table per round). */
  z.looseObject({
    kind: z.literal('grouping'),
    groupingId: idSchema,
    round: z.number().int().min(0).nullable(),
  }),
  /** A keyword board as a word cloud. */
  z.looseObject({ kind: z.literal('keywords'), boardId: idSchema }),
  /** The top items of a board's dot vote. */
  z.looseObject({ kind: z.literal('votes'), boardId: idSchema }),
  /** In a session of a cycle: « Où en sont nos petits pas ? », the steps carried forward. */
  z.looseObject({ kind: z.literal('actionReview') }),
]);
export type RoomView = z.infer<typeof roomViewSchema>;
export type RoomViewKind = RoomView['kind'];

/** What is running now: the live side of the agenda. Shared by every window (projector). */
export const runStateSchema = z.looseObject({
  currentSequenceId: idSchema.nullable().default(null),
  timer: timerSchema.nullable().default(null),
  roomView: roomViewSchema.default({ kind: 'timer' }),
});
export type RunState = z.infer<typeof runStateSchema>;
