import { z } from 'zod';
import { idSchema } from './ids';
import { instantSchema } from './time';

/**
 * A group of one round. In a grouping, the group at index i is the same table in every round:
 * it has the same id, name, colour and host in each round, and only its members change.
 */
export const groupSchema = z.looseObject({
  id: idSchema,
  name: z.string().max(200),
  color: z.string().max(32).default(''),
  memberIds: z.array(idSchema),
  /** A table host stays at this table for every round. */
  hostId: idSchema.nullable().default(null),
  /** Locked in this round: regenerating keeps it as it is, nobody joins or leaves. */
  isLocked: z.boolean().default(false),
  /** Members locked in this group for this round: regenerating keeps them here. */
  lockedMemberIds: z.array(idSchema).default([]),
});
export type Group = z.infer<typeof groupSchema>;

export const groupingSchema = z.looseObject({
  id: idSchema,
  /** The agenda sequence this grouping is for ("Temps#1"), if any. */
  sequenceId: idSchema.nullable().default(null),
  name: z.string().max(200),
  strategy: z.enum(['random', 'mixed', 'theme', 'rotation', 'manual']).default('manual'),
  /**
   * The parameters the engine was given, kept to regenerate and to explain the result
   * (their shape: shared/grouping/params.ts).
   */
  params: z.record(z.string(), z.unknown()).default({}),
  /** One entry per round; a single-round grouping has one. */
  rounds: z.array(z.looseObject({ groups: z.array(groupSchema) })).default([]),
  createdAt: instantSchema,
});
export type Grouping = z.infer<typeof groupingSchema>;
