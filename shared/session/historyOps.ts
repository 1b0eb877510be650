/**
 * Undo and redo are operations too: `history.restore` puts back the entities and fields an
 * earlier step changed. It is computed by diffing two sessions, so every operation is undoable
 * without writing its inverse by hand, and it travels, persists and broadcasts like any other.
 */
import { z } from 'zod';
import { actionSchema } from '../model/actions';
import { sequenceSchema } from '../model/agenda';
import { boardSchema, noteSchema } from '../model/boards';
import { groupingSchema } from '../model/groupings';
import { idSchema } from '../model/ids';
import { mediaSchema } from '../model/media';
import { participantSchema } from '../model/participants';
import {
  entityCollections,
  sessionFieldsPatchSchema,
  type EntityCollection,
  type Session,
} from '../model/session';
import { defineOps } from './defineOps';

const collectionRestore = <T extends z.ZodType>(entity: T) =>
  z.object({
    upsert: z.array(entity),
    remove: z.array(idSchema),
    /** The full order of ids, when upserts and removals alone would not restore it. */
    order: z.array(idSchema).optional(),
  });

const collectionsRestoreSchema = z.object({
  agenda: collectionRestore(sequenceSchema).optional(),
  participants: collectionRestore(participantSchema).optional(),
  groupings: collectionRestore(groupingSchema).optional(),
  boards: collectionRestore(boardSchema).optional(),
  notes: collectionRestore(noteSchema).optional(),
  actions: collectionRestore(actionSchema).optional(),
  media: collectionRestore(mediaSchema).optional(),
});

const restorableFieldsSchema = sessionFieldsPatchSchema;

const restorableFields = Object.keys(restorableFieldsSchema.shape) as (keyof Session)[];

/**
 * Fields that record what happened, written only by operations that are not undoable (the
 * actual start and end of a sequence). A restore keeps their current value: undoing a title
 * typed before the sequence ran must not erase when it ran.
 */
const liveFields: { readonly [C in EntityCollection]?: readonly string[] } = {
  agenda: ['actualStart', 'actualEnd'],
};

export type CollectionRestore = { upsert: { id: string }[]; remove: string[]; order?: string[] };
export type RestoreInput = {
  fields: z.infer<typeof restorableFieldsSchema>;
  collections: z.infer<typeof collectionsRestoreSchema>;
};

export const historyOps = defineOps({
  'history.restore': {
    input: z.object({ fields: restorableFieldsSchema, collections: collectionsRestoreSchema }),
    apply: (session, op) => {
      let next: Session = { ...session, ...op.fields };
      for (const name of entityCollections) {
        const change = op.collections[name];
        if (change)
          next = {
            ...next,
            [name]: restoreCollection<{ id: string }>(next[name], change, liveFields[name]),
          };
      }
      return next;
    },
  },
});

function restoreCollection<T extends { id: string }>(
  items: readonly T[],
  change: CollectionRestore,
  keep: readonly string[] = [],
): T[] {
  const removed = new Set(change.remove);
  const replacements = new Map(change.upsert.map((item) => [item.id, item as T]));
  const next: T[] = [];
  for (const item of items) {
    if (removed.has(item.id)) continue;
    const replacement = replacements.get(item.id);
    next.push(replacement ? keepFields(replacement, item, keep) : item);
    replacements.delete(item.id);
  }
  next.push(...replacements.values());
  if (!change.order) return next;
  const rank = new Map(change.order.map((id, index) => [id, index]));
  const last = change.order.length;
  return next
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) => (rank.get(a.item.id) ?? last + a.index) - (rank.get(b.item.id) ?? last + b.index),
    )
    .map(({ item }) => item);
}

/** `replacement` with the `keep` fields of `current`; `replacement` itself when they agree. */
function keepFields<T extends object>(replacement: T, current: T, keep: readonly string[]): T {
  const record = (value: T) => value as Record<string, unknown>;
  const differs = keep.filter((field) => record(replacement)[field] !== record(current)[field]);
  if (differs.length === 0) return replacement;
  return { ...replacement, ...Object.fromEntries(differs.map((f) => [f, record(current)[f]])) };
}

function diffCollection<T extends { id: string }>(
  from: readonly T[],
  to: readonly T[],
): CollectionRestore | null {
  if (from === to) return null;
  const previous = new Map(from.map((item) => [item.id, item]));
  const kept = new Set(to.map((item) => item.id));
  const upsert = to.filter((item) => previous.get(item.id) !== item);
  const remove = from.filter((item) => !kept.has(item.id)).map((item) => item.id);
  const change: CollectionRestore = { upsert, remove };
  const result = restoreCollection(from, change);
  const sameOrder =
    result.length === to.length && result.every((item, index) => item.id === to[index]?.id);
  if (!sameOrder) change.order = to.map((item) => item.id);
  return upsert.length === 0 && remove.length === 0 && sameOrder ? null : change;
}

/**
 * The restore step that turns `from` into `to`; null when they hold the same content.
 * Relies on structural sharing: an entity an operation did not touch is the same object.
 */
export function diffSessions(from: Session, to: Session): RestoreInput | null {
  const fields: Record<string, unknown> = {};
  for (const key of restorableFields) {
    if (from[key] !== to[key]) fields[key] = to[key];
  }
  const collections: Partial<Record<EntityCollection, CollectionRestore>> = {};
  for (const name of entityCollections) {
    const change = diffCollection<{ id: string }>(from[name], to[name]);
    if (change) collections[name] = change;
  }
  if (Object.keys(fields).length === 0 && Object.keys(collections).length === 0) return null;
  return { fields, collections } as RestoreInput;
}
