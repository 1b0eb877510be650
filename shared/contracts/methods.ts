/**
 * The facilitation methods library: the methods shipped with Atelier and the facilitator's
 * personal ones (files in the library folder). Inserting a method is an operation on the
 * session (`method.insert`), not a call: the window makes the drafts from a listed method.
 */
import { z } from 'zod';
import { methodSchema } from '../model/method';
import { idSchema } from '../model/ids';

export const methodSummarySchema = methodSchema.extend({
  source: z.enum(['builtin', 'personal']),
  /** The sum of the sequences' planned minutes, rounds included. */
  totalMin: z.number(),
});
export type MethodSummary = z.infer<typeof methodSummarySchema>;

export const methodListSchema = z.object({
  /** Shipped methods first, in their order, then personal ones by title. */
  methods: z.array(methodSummarySchema),
  /** Files of `.methods/` that could not be read: listed, never overwritten. */
  damaged: z.array(z.object({ file: z.string(), reason: z.enum(['damaged', 'newer']) })),
});
export type MethodList = z.infer<typeof methodListSchema>;

export const methodCalls = {
  'methods.list': { input: z.object({}), output: methodListSchema },
  /** Creates or updates a personal method; a shipped method's id is refused (`method.builtin`). */
  'methods.save': { input: z.object({ method: methodSchema }), output: z.object({ id: idSchema }) },
  /** Deletes a personal method's file; shipped methods cannot be deleted. */
  'methods.delete': { input: z.object({ id: idSchema }), output: z.object({}) },
} as const;
