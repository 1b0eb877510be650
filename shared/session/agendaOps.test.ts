import { describe, expect, it } from 'vitest';
import { plannedTimes } from '../agenda/plannedTimes';
import { sequenceDraft } from '../model/agenda';
import type { Session } from '../model/session';
import { minutesToClockTime } from '../model/time';
import { gennevilliersAgenda, gennevilliersSession } from '../testing/sampleSession';
import { applyOperation } from './applyOperation';
import type { Operation, OperationInput } from './operations';
import { emptyHistory, recordStep, redo, undo, type UndoHistory } from './undoHistory';

const at = (minute: number) => `2025-02-04T07:${String(minute).padStart(2, '0')}:00.000Z`;

/** A facilitator's window: operations applied and recorded for undo, as the renderer does. */
function editor(session: Session = gennevilliersSession({ agenda: gennevilliersAgenda() })) {
  let history: UndoHistory = emptyHistory;
  let clock = 0;
  const restore = (r: Parameters<Parameters<typeof undo>[1]>[0]) => {
    const before = session;
    session = applyOperation(session, { type: 'history.restore', ...r, at: at(59) });
    return { before, after: session };
  };
  return {
    get session() {
      return session;
    },
    dispatch(input: OperationInput, elapsedMs = 5000) {
      clock += elapsedMs;
      const op = { ...input, at: at(Math.floor(clock / 60_000) % 60) } as Operation;
      const after = applyOperation(session, op);
      history = recordStep(history, { before: session, after, op, now: clock });
      session = after;
    },
    undo: () => (history = undo(history, restore, clock)),
    redo: () => (history = redo(history, restore, clock)),
    times: () =>
      plannedTimes(session.agenda, session).sequences.map((s) => minutesToClockTime(s.startMin)),
    titles: () => session.agenda.map((s) => s.title),
  };
}

const draft = sequenceDraft({
  id: 'cafe',
  kind: 'worldCafe',
  title: 'World café',
  durationMin: 0,
  prompt: 'Qu’est-ce que vous inspirent ces thématiques\u202f?',
  rounds: { count: 4, roundMin: 20, changeMin: 2 },
});

describe('agenda operations', () => {
  it('add a sequence where asked; one in rounds lasts its rounds and changes', () => {
    const day = editor();
    day.dispatch({ type: 'agenda.add', sequence: draft, index: 4 });
    expect(day.session.agenda[4]).toMatchObject({
      id: 'cafe',
      durationMin: 86,
      actualStart: null,
      actualEnd: null,
    });
    expect(day.times().slice(4, 6)).toEqual(['11:10', '12:36']);
  });

  it('edit a sequence in place; typing in one field is undone at once', () => {
    const day = editor();
    for (const title of ['A', 'Ac', 'Accueil', 'Accueil café'])
      day.dispatch({ type: 'agenda.update', id: 's1', fields: { title } }, 300);
    day.dispatch({ type: 'agenda.update', id: 's1', fields: { durationMin: 45 } }, 300);
    expect(day.times()[1]).toBe('09:45');
    day.undo();
    expect(day.session.agenda[0]).toMatchObject({ title: 'Accueil café', durationMin: 30 });
    day.undo();
    expect(day.session.agenda[0]!.title).toBe('Accueil convivial');
  });

  it('keep a sequence in rounds as long as its rounds when they change', () => {
    const day = editor();
    day.dispatch({ type: 'agenda.add', sequence: draft });
    day.dispatch({
      type: 'agenda.update',
      id: 'cafe',
      fields: { rounds: { count: 3, roundMin: 15, changeMin: 3 } },
    });
    expect(day.session.agenda.at(-1)!.durationMin).toBe(51);
    day.dispatch({ type: 'agenda.update', id: 'cafe', fields: { rounds: null, durationMin: 40 } });
    expect(day.session.agenda.at(-1)!.durationMin).toBe(40);
  });

  it('delete a sequence, and undo puts it back at its place', () => {
    const day = editor();
    day.dispatch({ type: 'agenda.remove', id: 's3' });
    expect(day.times()).toEqual(['09:00', '09:30', '10:00', '10:50', '11:00', '11:25', '12:00']);
    day.undo();
    expect(day.session.agenda.map((s) => s.id)).toEqual(gennevilliersAgenda().map((s) => s.id));
    day.redo();
    expect(day.session.agenda).toHaveLength(7);
  });

  it('move a sequence: the planned times follow, undo brings the order back', () => {
    const day = editor();
    day.dispatch({ type: 'agenda.move', id: 's7', toIndex: 2 });
    expect(day.titles()[2]).toBe('L’impact collectif au cœur des cités éducatives franciliennes');
    expect(day.times()).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:35',
      '10:55',
      '11:45',
      '11:55',
      '12:20',
    ]);
    day.dispatch({ type: 'agenda.move', id: 's1', toIndex: 99 });
    expect(day.session.agenda.at(-1)!.id).toBe('s1');
    day.undo();
    day.undo();
    expect(day.session.agenda.map((s) => s.id)).toEqual(gennevilliersAgenda().map((s) => s.id));
  });

  it('change nothing for a sequence that is not there, or a move to where it is', () => {
    const day = editor();
    const before = day.session;
    for (const op of [
      { type: 'agenda.update', id: 'absent', fields: { title: 'x' } },
      { type: 'agenda.remove', id: 'absent' },
      { type: 'agenda.move', id: 's2', toIndex: 1 },
      { type: 'agenda.add', sequence: { ...draft, id: 's1' } },
    ] as const)
      expect(applyOperation(before, { ...op, at: at(1) } as Operation)).toBe(before);
  });

  it('undoing an edit never erases when a sequence really ran', () => {
    const day = editor();
    day.dispatch({ type: 'agenda.update', id: 's2', fields: { title: 'Interconnaissance' } });
    day.dispatch({ type: 'run.start', sequenceId: 's2' }, 30 * 60_000);
    day.dispatch({ type: 'run.start', sequenceId: 's3' }, 60_000);
    const ran = day.session.agenda[1]!;
    expect(ran.actualStart).not.toBeNull();
    expect(ran.actualEnd).not.toBeNull();
    day.undo();
    expect(day.session.agenda[1]).toMatchObject({
      title: 'Introduction et interconnaissance',
      actualStart: ran.actualStart,
      actualEnd: ran.actualEnd,
    });
    // Nor does undoing a deletion made after it ran lose it.
    day.dispatch({ type: 'agenda.remove', id: 's2' });
    day.undo();
    expect(day.session.agenda[1]).toMatchObject({ actualStart: ran.actualStart });
    // And the timer was not touched by any of it.
    expect(day.session.run.currentSequenceId).toBe('s3');
  });
});
