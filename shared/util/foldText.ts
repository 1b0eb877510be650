/**
 * Text folded for comparison: accents, case, apostrophe and dash variants and spacing do not
 * count, so « Lefèvre », « LEFEVRE » and « lefevre » compare equal, and so do N’Diaye and N'Diaye.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded, with every run of non-letters and non-digits as one space: for header names and keys. */
export function foldWords(text: string): string {
  return foldText(text)
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
