import { describe, expect, it } from 'vitest';
import { sessionSchema } from '../model/session';
import { gennevilliersSession, participant } from '../testing/sampleSession';
import { applyOperation } from './applyOperation';
import { diffSessions } from './historyOps';
import { operationSchema, type Operation } from './operations';
import {
  canRedo,
  canUndo,
  emptyHistory,
  recordStep,
  redo,
  undo,
  type UndoHistory,
} from './undoHistory';

const at = (minute: number) => `2025-02-04T09:${String(minute).padStart(2, '0')}:00.000Z`;

describe('applyOperation', () => {
  it('changes the header and stamps the modification time, without touching the original', () => {
    const before = gennevilliersSession();
    const after = applyOperation(before, {
      type: 'session.update',
      fields: { place: 'Nanterre' },
      at: at(5),
    });
    expect(after.place).toBe('Nanterre');
    expect(after.modifiedAt).toBe(at(5));
    expect(before.place).toContain('Gennevilliers');
    expect(after.participants).toBe(before.participants);
  });

  it('is deterministic: the same operation on the same session gives equal sessions', () => {
    const op: Operation = {
      type: 'session.update',
      fields: { title: 'Séminaire « coopérations »' },
      at: at(1),
    };
    expect(applyOperation(gennevilliersSession(), op)).toEqual(
      applyOperation(gennevilliersSession(), op),
    );
  });
});

describe('operationSchema', () => {
  it('accepts a well-formed operation and refuses unknown types and bad fields', () => {
    expect(
      operationSchema.safeParse({ type: 'session.update', fields: { title: 'Atelier' }, at: at(1) })
        .success,
    ).toBe(true);
    expect(operationSchema.safeParse({ type: 'session.explode', at: at(1) }).success).toBe(false);
    expect(
      operationSchema.safeParse({
        type: 'session.update',
        fields: { date: '4 février' },
        at: at(1),
      }).success,
    ).toBe(false);
    expect(operationSchema.safeParse({ type: 'session.update', fields: {} }).success).toBe(false);
  });
});

describe('history.restore', () => {
  it('turns one session back into another: edited, added, removed and reordered entities', () => {
    const before = gennevilliersSession();
    const [p1, p2, p3] = before.participants;
    const after = {
      ...before,
      title: 'Nouveau titre',
      participants: [
        p3!,
        { ...p1!, firstName: 'Aïssa' },
        participant('p4', 'Dupont-Aignan', 'Éloïse', 'Ville de Nanterre', 'Collectivité'),
      ],
    };
    void p2;
    const back = diffSessions(after, before)!;
    const restored = applyOperation(after, { type: 'history.restore', ...back, at: at(9) });
    expect({ ...restored, modifiedAt: before.modifiedAt }).toEqual(before);
    const forward = diffSessions(before, after)!;
    const replayed = applyOperation(before, { type: 'history.restore', ...forward, at: at(9) });
    expect({ ...replayed, modifiedAt: after.modifiedAt }).toEqual(after);
  });

  it('restores an entity deleted from the middle at its place, with a small step', () => {
    const before = gennevilliersSession();
    const after = { ...before, participants: before.participants.filter((p) => p.id !== 'p2') };
    const back = diffSessions(after, before)!;
    expect(back.collections.participants?.upsert.map((p) => p.id)).toEqual(['p2']);
    const restored = applyOperation(after, { type: 'history.restore', ...back, at: at(9) });
    expect(restored.participants.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('finds nothing to restore between equal sessions', () => {
    const session = gennevilliersSession();
    expect(diffSessions(session, { ...session })).toBeNull();
  });

  it('is an operation the schema accepts, so it can be sent and persisted', () => {
    const before = gennevilliersSession();
    const after = { ...before, participants: before.participants.slice(1) };
    const op = { type: 'history.restore', ...diffSessions(after, before)!, at: at(3) };
    const parsed = operationSchema.parse(JSON.parse(JSON.stringify(op)));
    expect(sessionSchema.safeParse(applyOperation(after, parsed)).success).toBe(true);
  });
});

describe('undo history', () => {
  function run(steps: Operation[]) {
    let session = gennevilliersSession();
    let history: UndoHistory = emptyHistory;
    steps.forEach((op, index) => {
      const after = applyOperation(session, op);
      history = recordStep(history, { before: session, after, op, now: index * 500 });
      session = after;
    });
    const applyRestore = (restore: Parameters<Parameters<typeof undo>[1]>[0]) => {
      const before = session;
      session = applyOperation(session, { type: 'history.restore', ...restore, at: at(30) });
      return { before, after: session };
    };
    return {
      get session() {
        return session;
      },
      get history() {
        return history;
      },
      undo: () => (history = undo(history, applyRestore, 10_000)),
      redo: () => (history = redo(history, applyRestore, 10_000)),
    };
  }

  it('undoes a burst of typing in one step and redoes it', () => {
    const typing = ['A', 'At', 'Ate', 'Atel'].map((title, i): Operation => ({
      type: 'session.update',
      fields: { title },
      at: at(i),
    }));
    const editor = run(typing);
    const original = gennevilliersSession().title;
    editor.undo();
    expect(editor.session.title).toBe(original);
    expect(canUndo(editor.history)).toBe(false);
    editor.redo();
    expect(editor.session.title).toBe('Atel');
    expect(canRedo(editor.history)).toBe(false);
  });

  it('keeps separate steps for different fields', () => {
    const editor = run([
      { type: 'session.update', fields: { title: 'Séminaire' }, at: at(1) },
      { type: 'session.update', fields: { place: 'Nanterre' }, at: at(2) },
    ]);
    editor.undo();
    expect(editor.session.place).toContain('Gennevilliers');
    expect(editor.session.title).toBe('Séminaire');
    editor.undo();
    expect(editor.session.title).not.toBe('Séminaire');
  });

  it('forgets the redo branch after a new change', () => {
    const editor = run([{ type: 'session.update', fields: { title: 'Un' }, at: at(1) }]);
    editor.undo();
    expect(canRedo(editor.history)).toBe(true);
    const op: Operation = { type: 'session.update', fields: { place: 'Lille' }, at: at(2) };
    const history = recordStep(editor.history, {
      before: editor.session,
      after: applyOperation(editor.session, op),
      op,
      now: 20_000,
    });
    expect(canRedo(history)).toBe(false);
  });
});
