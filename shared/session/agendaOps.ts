/**
 * Planning the day: sequences added, edited, removed and reordered. All undoable; a burst of
 * typing in one field of one sequence is one undo step. The actual start and end times are
 * not edited here: the run operations record them (shared/session/runOps.ts).
 */
import { z } from 'zod';
import {
  roundsTotalMin,
  sequenceDraftSchema,
  sequencePatchSchema,
  type Sequence,
  type SequenceDraft,
} from '../model/agenda';
import type { Session } from '../model/session';
import { idSchema } from '../model/ids';
import { defineOps, updateById } from './defineOps';

/** A sequence in rounds lasts its rounds and the changes of tables between them. */
function withRoundsDuration(sequence: Sequence): Sequence {
  if (!sequence.rounds) return sequence;
  const durationMin = roundsTotalMin(sequence.rounds);
  return durationMin === sequence.durationMin ? sequence : { ...sequence, durationMin };
}

/**
 * Inserts new sequences, in their order, at `index` (at the end when absent); a sequence whose
 * id is already in the agenda is left out.
 */
export function insertSequences(
  session: Session,
  drafts: readonly SequenceDraft[],
  index?: number,
): Session {
  const known = new Set(session.agenda.map((s) => s.id));
  const added: Sequence[] = [];
  for (const draft of drafts) {
    if (known.has(draft.id)) continue;
    known.add(draft.id);
    added.push(withRoundsDuration({ ...draft, actualStart: null, actualEnd: null }));
  }
  if (added.length === 0) return session;
  const agenda = session.agenda.slice();
  agenda.splice(Math.min(index ?? agenda.length, agenda.length), 0, ...added);
  return { ...session, agenda };
}

export const agendaOps = defineOps({
  'agenda.add': {
    input: z.object({
      sequence: sequenceDraftSchema,
      /** Where it goes; at the end when absent. */
      index: z.number().int().min(0).optional(),
    }),
    apply: (session, op) => insertSequences(session, [op.sequence], op.index),
  },
  'agenda.update': {
    input: z.object({ id: idSchema, fields: sequencePatchSchema }),
    apply: (session, op) => {
      const agenda = updateById(session.agenda, op.id, (sequence) =>
        withRoundsDuration({ ...sequence, ...op.fields }),
      );
      return agenda === session.agenda ? session : { ...session, agenda };
    },
    coalesceKey: (op) => `${op.id}:${Object.keys(op.fields).sort().join(',')}`,
  },
  'agenda.remove': {
    input: z.object({ id: idSchema }),
    apply: (session, op) => {
      const agenda = session.agenda.filter((s) => s.id !== op.id);
      return agenda.length === session.agenda.length ? session : { ...session, agenda };
    },
  },
  'agenda.move': {
    input: z.object({ id: idSchema, toIndex: z.number().int().min(0) }),
    apply: (session, op) => {
      const from = session.agenda.findIndex((s) => s.id === op.id);
      const to = Math.min(op.toIndex, session.agenda.length - 1);
      if (from === -1 || from === to) return session;
      const agenda = session.agenda.slice();
      const [moved] = agenda.splice(from, 1);
      agenda.splice(to, 0, moved!);
      return { ...session, agenda };
    },
  },
});
