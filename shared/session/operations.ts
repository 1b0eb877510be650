/**
 * The one union of everything that can change a session. A feature adds its operations by
 * adding its `defineOps` table here; the contract, the reducer and the undo history follow.
 */
import { z } from 'zod';
import { instantSchema } from '../model/time';
import { actionOps } from './actionOps';
import { agendaOps } from './agendaOps';
import { boardOps } from './boardOps';
import type { OpDef, OpFields } from './defineOps';
import { groupingOps } from './groupingOps';
import { headerOps } from './headerOps';
import { historyOps } from './historyOps';
import { participantOps } from './participantOps';
import { mediaOps } from './mediaOps';
import { methodOps } from './methodOps';
import { roomOps } from './roomOps';
import { runOps } from './runOps';

export const opDefs = {
  ...headerOps,
  ...historyOps,
  ...participantOps,
  ...roomOps,
  ...boardOps,
  ...actionOps,
  ...mediaOps,
  ...agendaOps,
  ...methodOps,
  ...runOps,
  ...groupingOps,
};

type OpDefs = typeof opDefs;
export type OperationType = keyof OpDefs;

/** An operation as the caller writes it: `dispatch({ type: 'note.add', … })`. */
export type OperationInput = {
  [Type in OperationType]: OpFields<OpDefs[Type]['input']> & { type: Type };
}[OperationType];

/** An operation as it is applied, persisted and broadcast: stamped with its instant. */
export type Operation = OperationInput & { at: string };

export const operationSchema = z.discriminatedUnion(
  'type',
  Object.entries(opDefs).map(([type, def]) =>
    (def.input as z.ZodObject).extend({ type: z.literal(type), at: instantSchema }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Operation>;

export function opDef(type: OperationType): OpDef<z.ZodObject, string> {
  return opDefs[type] as unknown as OpDef<z.ZodObject, string>;
}
