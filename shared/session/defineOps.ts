/**
 * Each feature declares its operations in one place: the input schema and the pure function
 * that applies it. `operations.ts` gathers them into the one union the reducer, the contract
 * and the undo history know.
 */
import type { z } from 'zod';
import type { Session } from '../model/session';

/**
 * The fields an operation carries. An operation without any (`z.object({})`, e.g. "pause the
 * timer") would infer `Record<string, never>`, which no object with a `type` satisfies.
 */
export type OpFields<Input extends z.ZodObject> = string extends keyof z.infer<Input>
  ? unknown
  : z.infer<Input>;

export type OpDef<Input extends z.ZodObject, Type extends string> = {
  /**
   * The operation's fields, without `type` and `at` (added by `operations.ts`). No `.default()`
   * on optional fields: the Node side applies the parsed operation and the window the raw one,
   * so parsing must not change an operation (operations.test.ts checks it).
   */
  input: Input;
  /** Pure: returns a new session (or the same object when nothing changes). */
  apply: (session: Session, op: OpFields<Input> & { type: Type; at: string }) => Session;
  /** Steps such as a timer tick are not undone by Ctrl+Z. Default: undoable. */
  undoable?: boolean;
  /**
   * Consecutive operations with the same key, close in time, make one undo step: typing a
   * title letter by letter is undone at once.
   */
  coalesceKey?: (op: OpFields<Input>) => string;
};

export function defineOps<const Inputs extends Record<string, z.ZodObject>>(defs: {
  [Type in keyof Inputs & string]: OpDef<Inputs[Type], Type>;
}) {
  return defs;
}

/** Replaces the entity with this id, keeping its place; returns the same array when absent. */
export function updateById<T extends { id: string }>(
  items: readonly T[],
  id: string,
  update: (item: T) => T,
): T[] {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) return items as T[];
  const next = items.slice();
  next[index] = update(items[index] as T);
  return next;
}
