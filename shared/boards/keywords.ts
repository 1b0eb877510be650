/**
 * Keywords counted the way a room reads them: « Confiance », « confiance » and « confiances »
 * are one keyword, shown with the spelling the room used most. Case, accents, apostrophes,
 * punctuation and a plural -s or -x at the end of each word do not count.
 */
import { foldWords } from '../util/foldText';

export type KeywordCount = {
  /** The folded form the spellings share. */
  key: string;
  /** The most frequent spelling (the first written, between equals). */
  display: string;
  count: number;
  /** Every spelling seen, with its count, most frequent first. */
  spellings: { text: string; count: number }[];
};

/** The folded key of a keyword; empty when it holds no letter or digit. */
export function keywordKey(text: string): string {
  return foldWords(text).split(' ').filter(Boolean).map(singular).join(' ');
}

function singular(word: string): string {
  // Short words (« bus », « les », « os ») keep their last letter: too many are not plurals.
  if (word.length <= 3) return word;
  // « réseaux » → « réseau », « jeux » → « jeu », then « locaux » → « local ».
  if (word.endsWith('eaux') || word.endsWith('eux')) return word.slice(0, -1);
  if (word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Counts keywords, most frequent first (ties: the first written first). */
export function countKeywords(texts: readonly string[]): KeywordCount[] {
  const byKey = new Map<
    string,
    { first: number; spellings: Map<string, { count: number; first: number }> }
  >();
  texts.forEach((raw, index) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    const key = keywordKey(text);
    if (!key) return;
    const entry = byKey.get(key) ?? { first: index, spellings: new Map() };
    byKey.set(key, entry);
    const spelling = entry.spellings.get(text) ?? { count: 0, first: index };
    spelling.count++;
    entry.spellings.set(text, spelling);
  });
  return [...byKey]
    .map(([key, entry]) => {
      const spellings = [...entry.spellings]
        .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
        .map(([text, { count }]) => ({ text, count }));
      return {
        key,
        display: spellings[0]!.text,
        count: spellings.reduce((sum, s) => sum + s.count, 0),
        spellings,
        first: entry.first,
      };
    })
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map(({ first: _first, ...keyword }) => keyword);
}
