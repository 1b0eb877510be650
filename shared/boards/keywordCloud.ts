/**
 * A word cloud readable from the back of a room: each keyword sized by its count (by area, so
 * a word said twice as often looks twice as big, not four times), the biggest in the middle.
 */
import { countKeywords, type KeywordCount } from './keywords';

export type KeywordCloudWord = KeywordCount & {
  /** From 0 (said least) to 1 (said most): what the view turns into a font size. */
  weight: number;
};

/** The cloud of `texts`, at most `limit` words, arranged biggest-in-the-middle. */
export function wordCloud(texts: readonly string[], limit = 60): KeywordCloudWord[] {
  const counted = countKeywords(texts).slice(0, limit);
  if (counted.length === 0) return [];
  const max = counted[0]!.count;
  const min = counted.at(-1)!.count;
  const words = counted.map((keyword) => ({
    ...keyword,
    weight:
      max === min
        ? 1
        : (Math.sqrt(keyword.count) - Math.sqrt(min)) / (Math.sqrt(max) - Math.sqrt(min)),
  }));
  // Most frequent first; alternate sides so the line reads small – big – small.
  const left: KeywordCloudWord[] = [];
  const right: KeywordCloudWord[] = [];
  words.forEach((word, index) => (index % 2 === 0 ? right : left).push(word));
  return [...left.reverse(), ...right];
}
