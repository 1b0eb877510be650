import { z } from 'zod';
import { idSchema } from './ids';
import { instantSchema, isoDateSchema } from './time';

/** A next small step ("prochain petit pas"): what, who, when. */
export const actionSchema = z.looseObject({
  id: idSchema,
  sequenceId: idSchema.nullable().default(null),
  text: z.string().max(5000),
  owner: z.string().max(300).default(''),
  ownerParticipantId: idSchema.nullable().default(null),
  due: isoDateSchema.nullable().default(null),
  group: z.string().max(200).nullable().default(null),
  status: z.enum(['open', 'done', 'dropped']).default('open'),
  /** In a cycle: the open action of an earlier session this one carries forward. */
  carriedFrom: z.object({ sessionId: idSchema, actionId: idSchema }).nullable().default(null),
  /** When it was reviewed under « Où en sont nos petits pas ? » (carried actions only). */
  reviewedAt: instantSchema.nullable().default(null),
  createdAt: instantSchema,
});
export type Action = z.infer<typeof actionSchema>;
