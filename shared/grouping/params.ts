/**
 * What a grouping remembers of how it was asked for (`grouping.params`): who is placed, the
 * sizes, the rounds, the constraints, the themes and the seed of the last generation. Read
 * leniently: a missing or damaged field falls back to its default, never to an error.
 */
import { z } from 'zod';
import { idSchema } from '../model/ids';
import { mixAttributes } from './types';

const pair = z.tuple([idSchema, idSchema]);

export const groupingParamsSchema = z.object({
  /** Present participants, or everyone registered but those marked absent or excused. */
  who: z.enum(['present', 'all']).catch('present'),
  sizeMode: z.enum(['size', 'count']).catch('size'),
  groupSize: z.number().int().min(2).max(100).catch(5),
  groupCount: z.number().int().min(1).max(200).catch(6),
  leftovers: z.enum(['bigger', 'smaller']).catch('bigger'),
  rounds: z.number().int().min(1).max(20).catch(1),
  mix: z.array(z.enum(mixAttributes)).catch(['organisation', 'role']),
  keepApart: z.array(pair).catch([]),
  keepTogether: z.array(pair).catch([]),
  /** Table hosts, in table order: host i stays at table i in every round. */
  hostIds: z.array(idSchema).catch([]),
  themes: z
    .array(z.object({ name: z.string().max(200), capacity: z.number().int().min(0).max(1000) }))
    .catch([]),
  /** Theme strategy: participant id → theme indices, preferred first. */
  choices: z.record(idSchema, z.array(z.number().int().min(0))).catch({}),
  seed: z.string().max(64).catch(''),
  timeMs: z.number().int().min(100).max(60_000).catch(1000),
});

export type GroupingParams = z.infer<typeof groupingParamsSchema>;

export function readParams(params: Record<string, unknown>): GroupingParams {
  return groupingParamsSchema.parse(params);
}
