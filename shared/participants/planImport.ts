/**
 * What an import does once the facilitator has decided about each duplicate (when they have not,
 * the decision `findDuplicates` suggests):
 * - 'merge': the duplicate is not added; its details fill the empty fields of the person kept
 *   (someone in the session → an update; an earlier row → that row, before adding);
 * - 'skip': the duplicate is left out, nothing changes;
 * - 'add': it is added as a separate person anyway.
 * Any other row may be skipped too (a second registration of an organisation, when the session
 * keeps one per organisation); without a decision it is added.
 * Merging never overwrites what is filled in; tags are united. Importing the same file twice
 * therefore adds nobody and changes nobody.
 */
import type { Id } from '../model/ids';
import type { Participant } from '../model/participants';
import { foldText } from '../util/foldText';
import type { DuplicateDecision, DuplicateGroup } from './findDuplicates';

export type { DuplicateDecision } from './findDuplicates';

/** The fields a merge may fill; identity, attendance and dates stay the kept person's. */
const fillable = [
  'lastName',
  'firstName',
  'organisation',
  'role',
  'territory',
  'email',
  'notes',
] as const;
type Fillable = (typeof fillable)[number];
export type ParticipantPatch = Partial<Pick<Participant, Fillable | 'tags'>>;

export type ImportPlan = {
  /** New people, in file order, with the details of the rows merged into them. */
  toAdd: Participant[];
  /** Changes to people already in the session: only fields that were empty, and new tags. */
  updates: { id: Id; patch: ParticipantPatch }[];
  /** Incoming participants not added (skipped or merged). */
  leftOut: Id[];
};

export function planImport(
  incoming: readonly Participant[],
  groups: readonly DuplicateGroup[],
  decisions: Readonly<Record<Id, DuplicateDecision>> = {},
): ImportPlan {
  /** Incoming id → the person it duplicates, and what is done when nobody decided. */
  const keptFor = new Map<Id, { keep: DuplicateGroup['keep']; suggested: DuplicateDecision }>();
  for (const { keep, duplicates } of groups) {
    for (const { participant, suggested } of duplicates)
      keptFor.set(participant.id, { keep, suggested });
  }

  const added = new Map<Id, Participant>();
  const patches = new Map<Id, { base: Participant; patch: ParticipantPatch }>();
  const leftOut: Id[] = [];

  for (const participant of incoming) {
    const duplicate = keptFor.get(participant.id);
    const decision = decisions[participant.id] ?? duplicate?.suggested ?? 'add';
    if (decision === 'add' || (duplicate === undefined && decision !== 'skip')) {
      added.set(participant.id, participant);
      continue;
    }
    leftOut.push(participant.id);
    if (decision === 'skip' || duplicate === undefined) continue;
    const { keep } = duplicate;
    if (keep.from === 'incoming') {
      const target = added.get(keep.participant.id);
      if (target !== undefined)
        added.set(target.id, { ...target, ...mergePatch(target, participant) });
      continue;
    }
    const entry = patches.get(keep.participant.id) ?? { base: keep.participant, patch: {} };
    const current = { ...entry.base, ...entry.patch };
    entry.patch = { ...entry.patch, ...mergePatch(current, participant) };
    patches.set(keep.participant.id, entry);
  }

  const updates = [...patches.entries()]
    .filter(([, { patch }]) => Object.keys(patch).length > 0)
    .map(([id, { patch }]) => ({ id, patch }));
  return { toAdd: [...added.values()], updates, leftOut };
}

/** The fields of `from` that fill empty ones of `into`, and the tags `into` lacks. */
export function mergePatch(into: Participant, from: Participant): ParticipantPatch {
  const patch: ParticipantPatch = {};
  for (const field of fillable) {
    if (into[field].trim() === '' && from[field].trim() !== '') patch[field] = from[field];
  }
  const known = new Set(into.tags.map(foldText));
  const newTags = from.tags.filter((tag) => !known.has(foldText(tag)));
  // The session model keeps at most 50 tags per person.
  if (newTags.length > 0) patch.tags = [...into.tags, ...newTags].slice(0, 50);
  return patch;
}

/**
 * Applies a merge's patch the way `mergePatch` made it, against the person as they are now:
 * only fields still empty are filled and only missing tags added, so what was typed since the
 * preview stays. Returns the same object when nothing changes.
 */
export function applyMerge(into: Participant, patch: ParticipantPatch): Participant {
  const from: Participant = { ...into, ...patch, tags: patch.tags ?? [] };
  const missing = mergePatch(into, from);
  return Object.keys(missing).length === 0 ? into : { ...into, ...missing };
}
