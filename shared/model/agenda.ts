import { z } from 'zod';
import { strategies } from '../grouping/types';
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

/**
 * How a sequence's groups are meant to be formed, brought by a method (co-développement: peers
 * by 5; world café: rotations over 3 rounds). The Groupes section starts from it; forming the
 * groups stays the facilitator's gesture.
 */
export const groupingPlanSchema = z.looseObject({
  size: z.number().int().min(2).max(100),
  strategy: z.enum(strategies),
  rounds: z.number().int().min(1).max(20),
});
export type GroupingPlan = z.infer<typeof groupingPlanSchema>;

/**
 * What the facilitator edits, without defaults: operations carry these fields, and parsing an
 * operation must not fill in what it does not mention (see shared/session/defineOps.ts).
 */
const sequenceFields = {
  kind: sequenceKindSchema,
  title: z.string().max(300),
  /** Planned duration in minutes. */
  durationMin: z.number().min(0).max(1440),
  /** A start time fixed by the programme; otherwise the sequence follows the previous one. */
  pinnedStart: clockTimeSchema.nullable(),
  /** Shown to the room on the projector. */
  prompt: z.string().max(5000),
  instructions: z.string().max(20000),
  facilitatorNotes: z.string().max(20000),
  /** Who speaks or leads: "Scop Accolades", "Témoignages des cités éducatives". */
  speakers: z.string().max(500),
  rounds: roundsSchema.nullable(),
  groupingPlan: groupingPlanSchema.nullable(),
};

/** A whole new sequence as an operation carries it (its actual times start empty). */
export const sequenceDraftSchema = z.object({ id: idSchema, ...sequenceFields });
export type SequenceDraft = z.infer<typeof sequenceDraftSchema>;
export const sequencePatchSchema = z.object(sequenceFields).partial();

/** A new sequence as an operation carries it: what is given, the rest empty (no texts, no rounds). */
export function sequenceDraft(
  fields: Pick<SequenceDraft, 'id' | 'kind' | 'title' | 'durationMin'> & Partial<SequenceDraft>,
): SequenceDraft {
  return {
    pinnedStart: null,
    prompt: '',
    instructions: '',
    facilitatorNotes: '',
    speakers: '',
    rounds: null,
    groupingPlan: null,
    ...fields,
  };
}
export type SequencePatch = z.infer<typeof sequencePatchSchema>;

export const sequenceSchema = z.looseObject({
  id: idSchema,
  kind: sequenceFields.kind,
  title: sequenceFields.title,
  durationMin: sequenceFields.durationMin,
  pinnedStart: sequenceFields.pinnedStart.default(null),
  prompt: sequenceFields.prompt.default(''),
  instructions: sequenceFields.instructions.default(''),
  facilitatorNotes: sequenceFields.facilitatorNotes.default(''),
  speakers: sequenceFields.speakers.default(''),
  rounds: sequenceFields.rounds.default(null),
  groupingPlan: sequenceFields.groupingPlan.default(null),
  /**
   * When the sequence really started and ended (for the minutes). Written by the run
   * operations only; undoing an edit of the plan never puts back older values.
   */
  actualStart: instantSchema.nullable().default(null),
  actualEnd: instantSchema.nullable().default(null),
});
export type Sequence = z.infer<typeof sequenceSchema>;

/** The planned length of a sequence in rounds: the rounds and the changes between them. */
export function roundsTotalMin(rounds: Rounds): number {
  return rounds.count * rounds.roundMin + (rounds.count - 1) * rounds.changeMin;
}
