/** The group the next note is attributed to, cycled by the capture shortcut. */

/**
 * The next group after `current` in `groups`, then « no group », then the first again
 * (`step` -1 goes backwards). A group no longer in the list restarts the cycle.
 */
export function cycleGroup(
  groups: readonly string[],
  current: string | null,
  step: 1 | -1,
): string | null {
  const cycle = [...groups, null];
  const index = cycle.indexOf(current);
  const from = index === -1 ? cycle.length - 1 : index;
  return cycle[(from + step + cycle.length) % cycle.length] ?? null;
}

/** The board's groups, then any other group its notes name (to filter by), in order of use. */
export function groupsInUse(
  groups: readonly string[],
  notes: readonly { group: string | null }[],
): string[] {
  const all = new Set(groups);
  for (const note of notes) if (note.group) all.add(note.group);
  return [...all];
}
