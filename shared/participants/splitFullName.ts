/**
 * Splits a full name written in one cell into last and first names. French lists write names in
 * both orders, so the rule looks for the clues people use, in this order:
 *
 * 1. A comma: « BENALI, Aïcha » → last name before it.
 * 2. Capitals: a last name in capitals, before or after the first name (« Aïcha BENALI »,
 *    « BENALI Aïcha », « Marie-Hélène DE LA TOUR D’AUVERGNE »), lower-case particles just before
 *    it included (« de LA TOUR Marie »). Applies only when some words are not in capitals.
 * 3. A particle (de, du, des, d’, de la, le, la, van, von, der, den, ter, ten, da, di, del, della,
 *    dos, das, el, N’…): after a first word, the last name starts there (« Marie-Hélène de La Tour
 *    d’Auvergne », « Yann Le Goff »); as the first word, the name is « last name then first name »
 *    and the first name is the last word (« de La Tour d’Auvergne Marie-Hélène », « Le Goff
 *    Yann »; two words: « N’Diaye Fatou » → N’Diaye, but « Van Damme » is only a last name).
 * 4. Otherwise « first names then last name », the usual order in forms: the last word is the
 *    last name (« Jean-Pierre Martin », « Marie Claire Dupont »).
 * A single word is a last name. What the rule cannot know (« Martin Pierre » with neither capitals
 * nor particle reads as first name Martin) is left for the facilitator to correct.
 */
export type SplitName = { lastName: string; firstName: string };

const particles = new Set([
  'de',
  'du',
  'des',
  'le',
  'la',
  'les',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'do',
  'el',
]);

/** « d’Auvergne », « D'Estaing », « N’Diaye »: a particle glued to the name by an apostrophe. */
const gluedParticle = /^[dDnNlL]['’]\p{L}/u;

function isParticle(word: string): boolean {
  return particles.has(word.toLowerCase()) || gluedParticle.test(word);
}

/** A word written in capitals: at least two letters, none lower-case (« BENALI », « N'DIAYE »). */
function isCapitals(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}

export function splitFullName(fullName: string): SplitName {
  const text = fullName.replace(/\s+/g, ' ').trim();
  if (text === '') return { lastName: '', firstName: '' };

  const comma = text.indexOf(',');
  if (comma > 0) {
    return { lastName: text.slice(0, comma).trim(), firstName: text.slice(comma + 1).trim() };
  }

  const words = text.split(' ');
  if (words.length === 1) return { lastName: text, firstName: '' };

  const byCapitals = splitByCapitals(words);
  if (byCapitals !== null) return byCapitals;

  const particleAt = words.findIndex((word, index) => index < words.length - 1 && isParticle(word));
  if (particleAt > 0) return join(words.slice(particleAt), words.slice(0, particleAt));
  if (particleAt === 0) {
    if (words.length >= 3) return join(words.slice(0, -1), words.slice(-1));
    const first = words[0] ?? '';
    return gluedParticle.test(first) ? join([first], words.slice(1)) : join(words, []);
  }
  return join(words.slice(-1), words.slice(0, -1));
}

function splitByCapitals(words: string[]): SplitName | null {
  const capitals = words.map(isCapitals);
  const first = capitals.indexOf(true);
  if (first < 0 || capitals.every(Boolean)) return null;
  const last = capitals.lastIndexOf(true);
  // The block must be one run of capitals (« Marie DUPONT Claire » keeps its order otherwise).
  if (capitals.slice(first, last + 1).some((isCap) => !isCap)) return null;
  let start = first;
  while (start > 0 && isParticle(words[start - 1] ?? '')) start -= 1;
  const lastName = words.slice(start, last + 1);
  const firstName = [...words.slice(0, start), ...words.slice(last + 1)];
  if (firstName.length === 0) return null;
  return join(lastName, firstName);
}

function join(lastName: string[], firstName: string[]): SplitName {
  return { lastName: lastName.join(' '), firstName: firstName.join(' ') };
}
