import { z } from 'zod';
import { idSchema } from './ids';
import { clockTimeSchema, instantSchema } from './time';

export const sequenceKinds = [
  'accueil',
  'pleniere',
  'sousGroupes',
  'worldCafe',
  'pause',
  'restitution',
  'temoignages',
  'conclusion',
  'autre',
] as const;
export const sequenceKindSchema = z.enum(sequenceKinds);
export type SequenceKind = z.infer<typeof sequenceKindSchema>;

/** A sequence split in rounds: world café tables, "4 × 20 min with 2 min to change tables". */
export const roundsSchema = z.looseObject({
  count: z.number().int().min(1).max(20),
  roundMin: z.number().min(1).max(600),
  changeMin: z.number().min(0).max(60),
});
export type Rounds = z.infer<typeof roundsSchema>;

export const sequenceSchema = z.looseObject({
  id: idSchema,
  kind: sequenceKindSchema,
  title: z.string().max(300),
  /** Planned duration in minutes. */
  durationMin: z.number().min(0).max(1440),
  /** A start time fixed by the programme; otherwise the sequence follows the previous one. */
  pinnedStart: clockTimeSchema.nullable().default(null),
  /** Shown to the room on the projector. */
  prompt: z.string().max(5000).default(''),
  instructions: z.string().max(20000).default(''),
  facilitatorNotes: z.string().max(20000).default(''),
  /** Who speaks or leads: "Scop Accolades", "Témoignages des cités éducatives". */
  speakers: z.string().max(500).default(''),
  rounds: roundsSchema.nullable().default(null),
  /** When the sequence really started and ended (for the minutes). */
  actualStart: instantSchema.nullable().default(null),
  actualEnd: instantSchema.nullable().default(null),
});
export type Sequence = z.infer<typeof sequenceSchema>;
