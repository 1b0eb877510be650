/**
 * Undo and redo stacks of `history.restore` steps, as immutable data. Each window keeps its own;
 * the steps themselves travel as ordinary operations.
 */
import type { Session } from '../model/session';
import { coalesceKey, isUndoable } from './applyOperation';
import { diffSessions, type RestoreInput } from './historyOps';
import type { Operation } from './operations';

type Entry = { restore: RestoreInput; key: string | null; at: number };
export type UndoHistory = { past: readonly Entry[]; future: readonly Entry[] };

export const emptyHistory: UndoHistory = { past: [], future: [] };

const LIMIT = 200;
const COALESCE_MS = 2000;

/** Records the step `before → after` made by `op` at `now` (epoch ms). */
export function recordStep(
  history: UndoHistory,
  step: { before: Session; after: Session; op: Operation; now: number },
): UndoHistory {
  if (step.op.type === 'history.restore' || !isUndoable(step.op)) return history;
  const restore = diffSessions(step.after, step.before);
  if (!restore) return history;
  const key = coalesceKey(step.op);
  const top = history.past.at(-1);
  if (key !== null && top && top.key === key && step.now - top.at < COALESCE_MS) {
    // Keep the oldest state: one Ctrl+Z undoes the whole burst of typing.
    return { past: [...history.past.slice(0, -1), { ...top, at: step.now }], future: [] };
  }
  return { past: [...history.past, { restore, key, at: step.now }].slice(-LIMIT), future: [] };
}

export const canUndo = (history: UndoHistory) => history.past.length > 0;
export const canRedo = (history: UndoHistory) => history.future.length > 0;

/**
 * Moves one step from `from` to the other stack. `apply` applies the restore step and returns
 * the session before and after it, so that the opposite step can be computed.
 */
function move(
  history: UndoHistory,
  direction: 'undo' | 'redo',
  apply: (restore: RestoreInput) => { before: Session; after: Session },
  now: number,
): UndoHistory {
  const from = direction === 'undo' ? history.past : history.future;
  const entry = from.at(-1);
  if (!entry) return history;
  const { before, after } = apply(entry.restore);
  const opposite = diffSessions(after, before);
  const rest = from.slice(0, -1);
  const to = direction === 'undo' ? history.future : history.past;
  const moved = opposite ? [...to, { restore: opposite, key: null, at: now }] : to;
  return direction === 'undo' ? { past: rest, future: moved } : { past: moved, future: rest };
}

export const undo = (
  history: UndoHistory,
  apply: (restore: RestoreInput) => { before: Session; after: Session },
  now: number,
) => move(history, 'undo', apply, now);

export const redo = (
  history: UndoHistory,
  apply: (restore: RestoreInput) => { before: Session; after: Session },
  now: number,
) => move(history, 'redo', apply, now);
