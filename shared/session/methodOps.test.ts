import { describe, expect, it } from 'vitest';
import { instantiateMethod, methodFromSequences, methodSchema } from '../model/method';
import type { Session } from '../model/session';
import { sessionWithBoards } from '../testing/sampleBoards';
import { gennevilliersAgenda } from '../testing/sampleSession';
import { applyOperation } from './applyOperation';
import type { Operation, OperationInput } from './operations';
import { emptyHistory, recordStep, redo, undo, type UndoHistory } from './undoHistory';

const at = '2025-02-04T07:30:00.000Z';

/** A facilitator's window: operations applied and recorded for undo, as the renderer does. */
function editor(session: Session) {
  let history: UndoHistory = emptyHistory;
  let clock = 0;
  const restore = (r: Parameters<Parameters<typeof undo>[1]>[0]) => {
    const before = session;
    session = applyOperation(session, { type: 'history.restore', ...r, at });
    return { before, after: session };
  };
  return {
    get session() {
      return session;
    },
    dispatch(input: OperationInput) {
      clock += 60_000;
      const op = { ...input, at } as Operation;
      const after = applyOperation(session, op);
      history = recordStep(history, { before: session, after, op, now: clock });
      session = after;
    },
    undo: () => (history = undo(history, restore, clock)),
    redo: () => (history = redo(history, restore, clock)),
  };
}

const motsCles = methodSchema.parse({
  id: 'mise-en-route',
  title: 'Mise en route — mots-clés de la coopération',
  sequences: [
    { kind: 'pleniere', title: 'La consigne', durationMin: 2 },
    {
      kind: 'sousGroupes',
      title: 'Les plus beaux exemples de coopération',
      durationMin: 7,
      groupingPlan: { size: 5, strategy: 'mixed', rounds: 1 },
      boards: [{ title: 'Les mots-clés de la coopération', mode: 'keywords' }],
    },
  ],
});

let n = 0;
const newId = () => `m${++n}`;

describe('method.insert', () => {
  it('inserts the sequences at the place asked and their boards, undone and redone in one step', () => {
    const start = { ...sessionWithBoards(), agenda: gennevilliersAgenda() };
    const day = editor(start);
    const drafts = instantiateMethod(motsCles, { newId });
    day.dispatch({ type: 'method.insert', index: 1, ...drafts });
    expect(day.session.agenda.map((s) => s.title).slice(0, 4)).toEqual([
      start.agenda[0]!.title,
      'La consigne',
      'Les plus beaux exemples de coopération',
      start.agenda[1]!.title,
    ]);
    expect(day.session.agenda[2]!.groupingPlan).toEqual({ size: 5, strategy: 'mixed', rounds: 1 });
    const board = day.session.boards.at(-1)!;
    expect(board).toMatchObject({
      title: 'Les mots-clés de la coopération',
      mode: 'keywords',
      sequenceId: day.session.agenda[2]!.id,
      createdAt: at,
    });
    const inserted = day.session;

    day.undo();
    expect(day.session.agenda).toEqual(start.agenda);
    expect(day.session.boards).toEqual(start.boards);

    day.redo();
    expect(day.session.agenda).toEqual(inserted.agenda);
    expect(day.session.boards).toEqual(inserted.boards);
  });

  it('leaves out ids already in the session, and changes nothing when all are there', () => {
    const start = { ...sessionWithBoards(), agenda: gennevilliersAgenda() };
    const drafts = instantiateMethod(motsCles, { newId });
    const once = applyOperation(start, { type: 'method.insert', ...drafts, at });
    expect(applyOperation(once, { type: 'method.insert', ...drafts, at })).toBe(once);
    expect(once.agenda).toHaveLength(start.agenda.length + 2);
  });

  it('inserting a method twice gives fresh ids each time', () => {
    const a = instantiateMethod(motsCles, { newId });
    const b = instantiateMethod(motsCles, { newId });
    const ids = [...a.sequences, ...a.boards, ...b.sequences, ...b.boards].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('save as method', () => {
  it('keeps texts, durations, rounds, grouping plans and linked boards (columns and vote, no notes)', () => {
    // The keywords board belongs to the introduction (s2), the 5 components to Temps#1 (s4).
    const withBoards = sessionWithBoards();
    const session: Session = {
      ...withBoards,
      agenda: gennevilliersAgenda().map((s) =>
        s.id === 's4'
          ? { ...s, groupingPlan: { size: 5, strategy: 'mixed' as const, rounds: 1 } }
          : s,
      ),
      boards: withBoards.boards.map((b) => ({
        ...b,
        sequenceId: b.id === 'b-mots' ? 's2' : 's4',
      })),
    };
    const ids = ['s1', 's2', 's4'];
    const method = methodFromSequences(session, ids, {
      id: 'perso1',
      title: 'Ma matinée impact collectif',
      description: 'Accueil et exploration des 5 composantes.',
      instructions: 'Groupes de 5 qui mélangent les structures.',
    });
    // Through a file and back.
    const reread = methodSchema.parse(JSON.parse(JSON.stringify(method)));
    const drafts = instantiateMethod(reread, { newId });
    const original = session.agenda.filter((s) => ids.includes(s.id));
    expect(drafts.sequences.map(({ id: _id, ...rest }) => rest)).toEqual(
      original.map(({ id: _id, actualStart: _s, actualEnd: _e, ...rest }) => ({
        ...rest,
        pinnedStart: null,
      })),
    );
    const linked = ids.flatMap((id) => session.boards.filter((b) => b.sequenceId === id));
    expect(linked).toHaveLength(2);
    expect(
      drafts.boards.map((b) => [b.title, b.mode, b.columns.map((c) => c.title), b.voting]),
    ).toEqual(linked.map((b) => [b.title, b.mode, b.columns.map((c) => c.title), b.voting]));
    const inserted = applyOperation(
      { ...session, notes: [] },
      { type: 'method.insert', ...drafts, at },
    );
    expect(inserted.notes).toEqual([]);
  });
});
