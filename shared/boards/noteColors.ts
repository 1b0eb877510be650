/**
 * Sticky-note colours, stored by name on notes and columns. Each group gets its own colour by
 * default, so the notes of « Table 3 » can be told apart at a glance.
 */
export const noteColors = ['jaune', 'rose', 'bleu', 'vert', 'orange', 'violet'] as const;
export type NoteColor = (typeof noteColors)[number];

export function isNoteColor(value: string): value is NoteColor {
  return (noteColors as readonly string[]).includes(value);
}

/** The colour of a group's notes: by its place in the board's list, yellow without a group. */
export function colorOfGroup(groups: readonly string[], group: string | null): NoteColor {
  const index = group === null ? -1 : groups.indexOf(group);
  return index === -1 ? 'jaune' : noteColors[index % noteColors.length]!;
}
