/**
 * A cycle: sessions of one group of peers over several weeks (« 4 ateliers, un toutes les deux
 * semaines »). Stored beside the sessions as `<library>/.cycles/<id>.json`; each session of the
 * cycle carries its `cycleId`. A slot gets its `sessionId` when its session is prepared.
 */
import { z } from 'zod';
import { idSchema } from './ids';
import { instantSchema, isoDateSchema } from './time';

export const CYCLE_SCHEMA_VERSION = 1;
export const MAX_CYCLE_SESSIONS = 12;

export const cycleSlotSchema = z.looseObject({
  date: isoDateSchema.nullable().default(null),
  sessionId: idSchema.nullable().default(null),
});
export type CycleSlot = z.infer<typeof cycleSlotSchema>;

export const cycleSchema = z.looseObject({
  schemaVersion: z.literal(CYCLE_SCHEMA_VERSION),
  id: idSchema,
  title: z.string().max(300),
  description: z.string().max(20000).default(''),
  /** The session template each session's agenda comes from; null: the previous agenda. */
  templateId: z.string().max(100).nullable().default(null),
  /** One registration per organisation: set on every session of the cycle. */
  onePerOrganisation: z.boolean().default(false),
  sessions: z.array(cycleSlotSchema).min(1).max(MAX_CYCLE_SESSIONS),
  createdAt: instantSchema,
  modifiedAt: instantSchema,
});
export type Cycle = z.infer<typeof cycleSchema>;
