/**
 * A facilitation method: a reusable block of sequences (co-développement, world café, 1-2-4-Tous…)
 * with their durations, prompts, how groups are formed and which boards they open, plus the
 * facilitator's instructions. Shipped methods are JSON in `resources/methods/`; personal ones
 * are files in the library (`<library>/.methods/<id>.json`). Inserting a method gives every
 * sequence and board a fresh id, so the same method can be inserted twice.
 */
import { z } from 'zod';
import { roundsTotalMin, sequenceSchema, type Sequence, type SequenceDraft } from './agenda';
import { boardColumnSchema, type Board, type BoardDraft } from './boards';
import { idSchema } from './ids';

/** A board the method opens with its sequence: its headings and vote, never notes. */
export const methodBoardSchema = z.looseObject({
  title: z.string().max(300),
  prompt: z.string().max(5000).default(''),
  mode: z.enum(['clusters', 'columns', 'keywords']).default('clusters'),
  columns: z
    .array(boardColumnSchema.omit({ id: true }))
    .max(100)
    .default([]),
  voting: z
    .looseObject({ dots: z.number().int().min(1).max(100), per: z.enum(['person', 'group']) })
    .nullable()
    .default(null),
});
export type MethodBoard = z.infer<typeof methodBoardSchema>;

/** Like a template's agenda item, with the boards it opens. */
export const methodSequenceSchema = sequenceSchema
  .omit({ id: true, actualStart: true, actualEnd: true })
  .extend({ boards: z.array(methodBoardSchema).max(200).default([]) });
export type MethodSequence = z.infer<typeof methodSequenceSchema>;

/** Shipped methods have a readable slug; personal ones the generated id of any entity. */
export const methodIdSchema = idSchema;

export const methodSchema = z.looseObject({
  id: methodIdSchema,
  title: z.string().min(1).max(300),
  /** One or two sentences, for the list. */
  description: z.string().max(2000).default(''),
  /** For the facilitator: roles, how to run it, what to watch. Several lines. */
  instructions: z.string().max(20000).default(''),
  sequences: z.array(methodSequenceSchema).min(1).max(100),
});
export type Method = z.infer<typeof methodSchema>;
export type MethodInput = z.input<typeof methodSchema>;

/** A sequence's planned minutes, as the agenda counts them (rounds and table changes included). */
export function sequenceMinutes(sequence: Pick<Sequence, 'durationMin' | 'rounds'>): number {
  return sequence.rounds ? roundsTotalMin(sequence.rounds) : sequence.durationMin;
}

export function methodTotalMin(method: Pick<Method, 'sequences'>): number {
  return method.sequences.reduce((total, sequence) => total + sequenceMinutes(sequence), 0);
}

export type MethodDrafts = { sequences: SequenceDraft[]; boards: BoardDraft[] };

/** The sequences and boards one insertion of the method creates, with fresh ids. */
export function instantiateMethod(method: Method, init: { newId: () => string }): MethodDrafts {
  const sequences: SequenceDraft[] = [];
  const boards: BoardDraft[] = [];
  for (const item of method.sequences) {
    const id = init.newId();
    sequences.push({
      id,
      kind: item.kind,
      title: item.title,
      durationMin: sequenceMinutes(item),
      pinnedStart: item.pinnedStart,
      prompt: item.prompt,
      instructions: item.instructions,
      facilitatorNotes: item.facilitatorNotes,
      speakers: item.speakers,
      rounds: item.rounds ? { ...item.rounds } : null,
      groupingPlan: item.groupingPlan ? { ...item.groupingPlan } : null,
    });
    for (const board of item.boards)
      boards.push({
        id: init.newId(),
        sequenceId: id,
        title: board.title,
        prompt: board.prompt,
        mode: board.mode,
        columns: board.columns.map((c) => ({ id: init.newId(), title: c.title, color: c.color })),
        groups: [],
        voting: board.voting ? { ...board.voting } : null,
      });
  }
  return { sequences, boards };
}

/**
 * A personal method made from sequences of a session: their texts, durations, rounds and
 * grouping plans, and the boards linked to them with their columns and vote (not their notes).
 * A start time pinned for one day means nothing elsewhere: it is dropped.
 */
export function methodFromSequences(
  session: { agenda: readonly Sequence[]; boards: readonly Board[] },
  sequenceIds: readonly string[],
  fields: { id: string; title: string; description: string; instructions: string },
): Method {
  const chosen = session.agenda.filter((s) => sequenceIds.includes(s.id));
  return methodSchema.parse({
    ...fields,
    sequences: chosen.map((s) => ({
      kind: s.kind,
      title: s.title,
      durationMin: s.durationMin,
      pinnedStart: null,
      prompt: s.prompt,
      instructions: s.instructions,
      facilitatorNotes: s.facilitatorNotes,
      speakers: s.speakers,
      rounds: s.rounds,
      groupingPlan: s.groupingPlan,
      boards: session.boards
        .filter((b) => b.sequenceId === s.id)
        .map((b) => ({
          title: b.title,
          prompt: b.prompt,
          mode: b.mode,
          columns: b.columns.map((c) => ({ title: c.title, color: c.color })),
          voting: b.voting,
        })),
    })),
  });
}
