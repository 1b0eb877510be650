import type { Session } from '../model/session';
import { opDef, type Operation } from './operations';

/**
 * The one way a session changes. Pure and deterministic: the renderer applies it at once for a
 * snappy UI, the Node side applies the same function to the same operation and persists the result.
 */
export function applyOperation(session: Session, op: Operation): Session {
  const next = opDef(op.type).apply(session, op);
  return next === session ? session : { ...next, modifiedAt: op.at };
}

export function isUndoable(op: Pick<Operation, 'type'>): boolean {
  return opDef(op.type).undoable !== false;
}

/** Two operations with the same key may be merged into one undo step. */
export function coalesceKey(op: Operation): string | null {
  const key = opDef(op.type).coalesceKey;
  return key ? `${op.type}:${key(op)}` : null;
}
