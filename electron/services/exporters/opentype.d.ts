// opentype.js 2.0 ships no types; this declares the little the word cloud uses of it.
declare module 'opentype.js' {
  export type Glyph = { advanceWidth?: number };
  export type Font = {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    names: { fontFamily?: Record<string, string> };
    charToGlyph(char: string): Glyph;
    getKerningValue(left: Glyph, right: Glyph): number;
  };
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
