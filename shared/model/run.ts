import { z } from 'zod';
import { idSchema } from './ids';

/**
 * A timer is data, not a ticking interval: what is shown is derived from the clock, so it
 * survives sleep, a throttled window and a restart. Times are epoch milliseconds.
 */
export const timerSchema = z.looseObject({
  startedAt: z.number(),
  /** Set while paused. */
  pausedAt: z.number().nullable(),
  /** Sum of finished pauses. */
  pausedTotalMs: z.number().min(0),
  durationMs: z.number().min(0),
});
export type Timer = z.infer<typeof timerSchema>;

/** What is running now: the live side of the agenda. */
export const runStateSchema = z.looseObject({
  currentSequenceId: idSchema.nullable().default(null),
  timer: timerSchema.nullable().default(null),
});
export type RunState = z.infer<typeof runStateSchema>;
