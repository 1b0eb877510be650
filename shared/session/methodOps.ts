/**
 * Inserting a facilitation method (shared/model/method.ts): its sequences at one place of the
 * agenda and the boards they open, in one operation, so one Ctrl+Z takes it all back. The
 * drafts come from `instantiateMethod`, ids made by the window; ids already in the session
 * are left out, as `agenda.add` and `board.add` do.
 */
import { z } from 'zod';
import { sequenceDraftSchema } from '../model/agenda';
import { boardDraftSchema } from '../model/boards';
import { insertSequences } from './agendaOps';
import { addBoards } from './boardOps';
import { defineOps } from './defineOps';

export const methodOps = defineOps({
  'method.insert': {
    input: z.object({
      /** Where the first sequence goes; at the end when absent. */
      index: z.number().int().min(0).optional(),
      sequences: z.array(sequenceDraftSchema).min(1).max(100),
      /** Each linked to one of the sequences by `sequenceId`. */
      boards: z.array(boardDraftSchema).max(200),
    }),
    apply: (session, op) =>
      addBoards(insertSequences(session, op.sequences, op.index), op.boards, op.at),
  },
});
