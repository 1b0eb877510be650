/**
 * What the cycle view shows, computed from the cycle and the sessions it could read: each
 * planned session with its status, who came to which (attendance matrix), and the next steps
 * across the cycle (each once, with its latest status).
 */
import { z } from 'zod';
import { attendanceSchema } from '../model/participants';
import { cycleSchema, type Cycle } from '../model/cycle';
import type { Session } from '../model/session';
import { isoDateSchema } from '../model/time';
import { actionChains } from './actionChains';
import { attendanceMatrix } from './attendanceMatrix';

/** `missing`: prepared, but its session cannot be read (deleted, or damaged). */
export const slotStatuses = ['toPrepare', 'prepared', 'held', 'missing'] as const;
export type SlotStatus = (typeof slotStatuses)[number];

export const cycleViewSchema = z.object({
  cycle: cycleSchema,
  slots: z.array(
    z.object({
      index: z.number().int(),
      date: isoDateSchema.nullable(),
      sessionId: z.string().nullable(),
      title: z.string(),
      status: z.enum(slotStatuses),
    }),
  ),
  /** Columns: the sessions that could be read, in the cycle's order (slot indexes). */
  matrix: z.object({
    columns: z.array(z.number().int()),
    rows: z.array(
      z.object({
        name: z.string(),
        organisation: z.string(),
        cells: z.array(z.union([attendanceSchema, z.literal('none')])),
        present: z.number().int(),
      }),
    ),
    presentBySession: z.array(z.number().int()),
  }),
  actions: z.array(
    z.object({
      text: z.string(),
      owner: z.string(),
      due: isoDateSchema.nullable(),
      status: z.enum(['open', 'done', 'dropped']),
      /** Slot index of the session where it was written. */
      createdIn: z.number().int(),
      /** Slot index of the latest session that carries it. */
      latestIn: z.number().int(),
    }),
  ),
  /** Whether a next session can be prepared (a slot without session after the latest one). */
  canPrepareNext: z.boolean(),
});
export type CycleView = z.infer<typeof cycleViewSchema>;

/** A session has been held once one of its sequences has really started. */
export const isHeld = (session: Pick<Session, 'agenda'>) =>
  session.agenda.some((s) => s.actualStart !== null);

export function cycleView(cycle: Cycle, sessions: ReadonlyMap<string, Session>): CycleView {
  const read = cycle.sessions.flatMap((slot, index) => {
    const session = slot.sessionId ? sessions.get(slot.sessionId) : undefined;
    return session ? [{ index, session }] : [];
  });
  const slotOf = new Map(read.map((r) => [r.session.id, r.index]));
  const matrix = attendanceMatrix(read.map((r) => r.session));
  let lastPrepared = -1;
  cycle.sessions.forEach((s, i) => {
    if (s.sessionId) lastPrepared = i;
  });
  return {
    cycle,
    slots: cycle.sessions.map((slot, index) => {
      const session = slot.sessionId ? sessions.get(slot.sessionId) : undefined;
      const status: SlotStatus = !slot.sessionId
        ? 'toPrepare'
        : !session
          ? 'missing'
          : isHeld(session)
            ? 'held'
            : 'prepared';
      return {
        index,
        date: session?.date ?? slot.date,
        sessionId: slot.sessionId,
        title: session?.title ?? '',
        status,
      };
    }),
    matrix: { columns: read.map((r) => r.index), ...matrix },
    actions: actionChains(read.map((r) => r.session)).map((chain) => ({
      text: chain.latest.action.text,
      owner: chain.latest.action.owner,
      due: chain.latest.action.due,
      status: chain.latest.action.status,
      createdIn: slotOf.get(chain.origin.sessionId) ?? 0,
      latestIn: slotOf.get(chain.latest.sessionId) ?? 0,
    })),
    canPrepareNext:
      lastPrepared !== -1 && cycle.sessions.some((s, i) => i > lastPrepared && !s.sessionId),
  };
}
