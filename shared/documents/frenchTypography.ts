/**
 * French typography for text typed in a hurry (notes, titles, names): typographic apostrophe,
 * no-break spaces before « : » (U+00A0) and « ; ! ? » (U+202F, fine), and inside « guillemets ».
 * Times (13:30), ratios, URLs and smileys are left alone.
 */
const NBSP = '\u00a0';
const NNBSP = '\u202f';

export function frenchTypography(input: string): string {
  return (
    input
      // Apostrophe between letters: l'État → l’État, aujourd'hui → aujourd’hui.
      .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
      // « guillemets » with a no-break space inside, whatever was typed.
      .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
      // Before ; ! ? : a narrow no-break space, when they end a word (not in URLs or "?!" runs).
      .replace(/(\S)[ \u00a0]?([;!?])(?=\s|$|[!?»)])/gu, (match, before: string, mark: string) =>
        /[;!?\u202f\u00a0(]/.test(before) ? match : `${before}${NNBSP}${mark}`,
      )
      // Before « : » a no-break space, unless it is a time (13:30), a URL (http://) or a smiley.
      .replace(/(\S)[ \u00a0\u202f]?:(?=\s|$)/gu, (match, before: string) =>
        /[:\u00a0]/.test(before) ? match : `${before}${NBSP}:`,
      )
  );
}
