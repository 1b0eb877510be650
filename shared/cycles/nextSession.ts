/**
 * The sessions of a cycle, made from the cycle and from each other: session 1 from the
 * template; each next one from the latest prepared one — same header and people (same ids,
 * attendance to be taken again), agenda from the template, open next steps carried forward.
 */
import type { Action } from '../model/actions';
import type { Cycle } from '../model/cycle';
import { sequenceSchema } from '../model/agenda';
import type { Session } from '../model/session';
import { instantiateTemplate, type Template } from '../model/template';
import { openActionsToCarry } from './actionChains';

export type Made = { id: string; now: string; newId: () => string };

/** Session 1 of a new cycle. */
export function firstSessionOfCycle(
  cycle: Cycle,
  template: Template | null,
  title: string,
  made: Made,
): Session {
  const session = instantiateTemplate(template, {
    ...made,
    header: { title, date: cycle.sessions[0]?.date ?? null },
  });
  return {
    ...session,
    cycleId: cycle.id,
    options: { ...session.options, onePerOrganisation: cycle.onePerOrganisation },
  };
}

/**
 * The session of slot `slotIndex`, from `previous` (the latest prepared one) and the earlier
 * sessions of the cycle in order (`previous` among them), whose open actions it carries.
 */
export function nextSessionOfCycle(
  cycle: Cycle,
  slotIndex: number,
  previous: Session,
  earlier: readonly Session[],
  template: Template | null,
  title: string,
  made: Made,
): Session {
  const base = instantiateTemplate(template, { ...made, header: { title } });
  const agenda = template
    ? base.agenda
    : previous.agenda.map((sequence) =>
        sequenceSchema.parse({
          ...sequence,
          id: made.newId(),
          actualStart: null,
          actualEnd: null,
        }),
      );
  const carried: Action[] = openActionsToCarry(earlier).map(({ sessionId, action }) => ({
    ...action,
    id: made.newId(),
    // The sequences of the earlier session are not in this one.
    sequenceId: null,
    status: 'open',
    carriedFrom: { sessionId, actionId: action.id },
    reviewedAt: null,
    createdAt: made.now,
  }));
  return {
    ...base,
    title,
    date: cycle.sessions[slotIndex]?.date ?? null,
    startTime: previous.startTime,
    endTime: previous.endTime,
    place: previous.place,
    facilitators: [...previous.facilitators],
    organiser: previous.organiser,
    description: previous.description,
    templateId: template?.id ?? previous.templateId,
    cycleId: cycle.id,
    options: { ...previous.options, onePerOrganisation: cycle.onePerOrganisation },
    agenda,
    participants: previous.participants.map((p) => ({ ...p, attendance: 'unknown' })),
    actions: carried,
  };
}

/** The slot the next session goes in: the first without a session, after the latest prepared. */
export function nextSlot(cycle: Cycle): { index: number; previousIndex: number } | null {
  let previousIndex = -1;
  cycle.sessions.forEach((slot, i) => {
    if (slot.sessionId !== null) previousIndex = i;
  });
  if (previousIndex === -1) return null;
  const index = cycle.sessions.findIndex((s, i) => i > previousIndex && s.sessionId === null);
  return index === -1 ? null : { index, previousIndex };
}
