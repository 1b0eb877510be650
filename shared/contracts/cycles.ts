/**
 * Cycles of sessions (« 4 ateliers, un toutes les deux semaines »): create one with its dates
 * and its session 1, see it (sessions, attendance, next steps across the cycle), change its
 * title, dates or rule, prepare the next session from the latest one.
 */
import { z } from 'zod';
import { cycleViewSchema } from '../cycles/cycleView';
import { MAX_CYCLE_SESSIONS } from '../model/cycle';
import { idSchema } from '../model/ids';
import { isoDateSchema } from '../model/time';
import { exportResultSchema } from './exports';

export const cycleSummarySchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    id: idSchema,
    title: z.string(),
    sessionCount: z.number().int(),
    preparedCount: z.number().int(),
    /** The first planned date without a prepared session. */
    nextDate: isoDateSchema.nullable(),
    modifiedAt: z.string(),
  }),
  /** The file cannot be read: shown, never written over. */
  z.object({ status: z.literal('damaged'), id: idSchema, file: z.string() }),
]);
export type CycleSummary = z.infer<typeof cycleSummarySchema>;

const titleSchema = z.string().trim().min(1).max(300);

export const cycleCalls = {
  'cycles.list': { input: z.object({}), output: z.array(cycleSummarySchema) },
  /** Creates the cycle and its session 1 (from the template, on the first date). */
  'cycles.create': {
    input: z.object({
      title: titleSchema,
      templateId: z.string().max(100).nullable(),
      dates: z.array(isoDateSchema).min(1).max(MAX_CYCLE_SESSIONS),
      onePerOrganisation: z.boolean(),
    }),
    output: z.object({ id: idSchema, sessionId: idSchema }),
  },
  'cycles.get': { input: z.object({ id: idSchema }), output: cycleViewSchema },
  /** Dates: one per planned session; a slot whose session is prepared cannot be removed. */
  'cycles.update': {
    input: z.object({
      id: idSchema,
      title: titleSchema.optional(),
      dates: z.array(isoDateSchema.nullable()).min(1).max(MAX_CYCLE_SESSIONS).optional(),
      onePerOrganisation: z.boolean().optional(),
    }),
    output: cycleViewSchema,
  },
  /** The next session, from the latest prepared one: same people, open next steps carried. */
  'cycles.prepareNext': {
    input: z.object({ id: idSchema }),
    output: z.object({ sessionId: idSchema, index: z.number().int() }),
  },
  /** One .docx for the whole cycle, saved in the library folder by default. */
  'cycles.exportMinutes': { input: z.object({ id: idSchema }), output: exportResultSchema },
} as const;

export { cycleViewSchema, type CycleView } from '../cycles/cycleView';
