/**
 * What the facilitator keeps in the minutes: each part of the document can be left out, and
 * « anonymiser » replaces people's names with counts by organisation (for minutes sent outside).
 */
import { z } from 'zod';

export const minutesPartIds = [
  'cover',
  'summary',
  'agenda',
  'sequences',
  'nextSteps',
  'participants',
] as const;
export type MinutesPartId = (typeof minutesPartIds)[number];

/** What each sequence's chapter shows. */
export const chapterPartIds = ['prompt', 'groups', 'notes', 'keywords', 'photos', 'steps'] as const;
export type ChapterPartId = (typeof chapterPartIds)[number];

const switches = <const K extends readonly string[]>(keys: K) =>
  z.object(
    Object.fromEntries(keys.map((k) => [k, z.boolean()])) as Record<K[number], z.ZodBoolean>,
  );

export const minutesOptionsSchema = z.object({
  parts: switches(minutesPartIds),
  chapter: switches(chapterPartIds),
  anonymise: z.boolean(),
});
export type MinutesOptions = z.infer<typeof minutesOptionsSchema>;

export const defaultMinutesOptions: MinutesOptions = {
  parts: {
    cover: true,
    summary: true,
    agenda: true,
    sequences: true,
    nextSteps: true,
    participants: true,
  },
  chapter: { prompt: true, groups: true, notes: true, keywords: true, photos: true, steps: true },
  anonymise: false,
};
