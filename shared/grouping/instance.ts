/**
 * The JSON instance `atelier groups` reads, and how it becomes an engine request:
 *   {participants: [{id, organisation?, role?, territory?, tags?, host?}], groupSize, rounds,
 *    keepApart?: [[id, id]], keepTogether?: [[id, id]], fixed?: {id: groupIndex},
 *    mix?: [attr], leftovers?: "bigger" | "smaller"}
 * Hosts stay at table 0, 1, 2 … in the order they are listed.
 */
import { z } from 'zod';
import { mixAttributes, type GroupingInput } from './types';

const id = z.string().min(1).max(200);

export const groupingInstanceSchema = z
  .looseObject({
    participants: z
      .array(
        z.looseObject({
          id,
          organisation: z.string().max(300).optional(),
          role: z.string().max(100).optional(),
          territory: z.string().max(200).optional(),
          tags: z.array(z.string().max(100)).optional(),
          host: z.boolean().optional(),
        }),
      )
      .min(1)
      .max(5000),
    groupSize: z.number().int().min(2).max(1000),
    rounds: z.number().int().min(1).max(50),
    keepApart: z.array(z.tuple([id, id])).optional(),
    keepTogether: z.array(z.tuple([id, id])).optional(),
    fixed: z.record(id, z.number().int().min(0)).optional(),
    mix: z.array(z.enum(mixAttributes)).optional(),
    leftovers: z.enum(['bigger', 'smaller']).optional(),
  })
  .superRefine((instance, context) => {
    const seen = new Set<string>();
    instance.participants.forEach((participant, index) => {
      if (seen.has(participant.id))
        context.addIssue({
          code: 'custom',
          path: ['participants', index, 'id'],
          message: `identifiant en double : ${participant.id}`,
        });
      seen.add(participant.id);
    });
  });

export type GroupingInstance = z.infer<typeof groupingInstanceSchema>;

export function instanceToInput(instance: GroupingInstance): GroupingInput {
  return {
    people: instance.participants.map((p) => ({
      id: p.id,
      organisation: p.organisation ?? '',
      role: p.role ?? '',
      territory: p.territory ?? '',
      tags: p.tags ?? [],
    })),
    strategy: instance.rounds > 1 ? 'rotation' : 'mixed',
    rounds: instance.rounds,
    sizing: { groupSize: instance.groupSize, leftovers: instance.leftovers ?? 'bigger' },
    ...(instance.mix ? { mix: instance.mix } : {}),
    keepApart: instance.keepApart ?? [],
    keepTogether: instance.keepTogether ?? [],
    fixed: instance.fixed ?? {},
    hosts: instance.participants.filter((p) => p.host).map((p) => p.id),
  };
}
