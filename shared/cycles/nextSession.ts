/**
 * The sessions of a cycle, made from the cycle and from each other: session 1 from the
 * template; each next one from the latest prepared one — same header and people (same ids,
 * attendance to be taken again), agenda from the template, open next steps carried forward.
 * A cycle without a template repeats the previous session's programme: its sequences and the
 * boards they open (columns, keyword mode, votes; not their notes), so a method inserted in
 * session 1 runs again in each session.
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
  const { agenda, boards } = template
    ? { agenda: base.agenda, boards: [] }
    : repeatProgramme(previous, made);
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
    boards,
    participants: previous.participants.map((p) => ({ ...p, attendance: 'unknown' })),
    actions: carried,
  };
}

/** The previous session's sequences and boards with fresh ids, empty of what the room said. */
function repeatProgramme(previous: Session, made: Made): Pick<Session, 'agenda' | 'boards'> {
  const sequenceIds = new Map<string, string>();
  const agenda = previous.agenda.map((sequence) => {
    const id = made.newId();
    sequenceIds.set(sequence.id, id);
    return sequenceSchema.parse({ ...sequence, id, actualStart: null, actualEnd: null });
  });
  const boards = previous.boards
    .filter((board) => board.sequenceId === null || sequenceIds.has(board.sequenceId))
    .map((board) => ({
      ...board,
      id: made.newId(),
      sequenceId: board.sequenceId === null ? null : sequenceIds.get(board.sequenceId)!,
      createdAt: made.now,
    }));
  return { agenda, boards };
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
