/**
 * Delimited text to a grid of cells, with papaparse doing the parsing (quotes, separators and
 * line breaks inside quotes, doubled quotes). The separator is chosen here rather than by
 * papaparse's guess, which a title line full of commas above a « ; » table can mislead: each
 * candidate parses the first rows, and the one under which a header row is best recognised
 * wins; then the one giving the most rows of the same width.
 *
 * Row i of the grid is spreadsheet row i + 1: blank lines stay as rows so numbers match what
 * Excel or LibreOffice shows, and a quoted field spanning lines stays in one row.
 */
import Papa from 'papaparse';
import { headerScore } from '../../../shared/participants/columnHeaders';
import { fail, ok, type Result } from '../../../shared/result';

export type Separator = ';' | ',' | '\t';

/** In order of preference when nothing tells them apart: French Excel writes « ; ». */
const candidates: readonly Separator[] = [';', ',', '\t'];
const sampleRows = 40;

export function parseDelimited(text: string): Result<{ grid: string[][]; separator: Separator }> {
  const separator = chooseSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed !== undefined) {
    return fail('import.unclosedQuote', { line: (unclosed.row ?? 0) + 1 });
  }
  return ok({ grid: parsed.data, separator });
}

type Score = { header: number; sameWidth: number; width: number };

function chooseSeparator(text: string): Separator {
  let best: { separator: Separator; score: Score } | null = null;
  for (const separator of candidates) {
    const rows = Papa.parse<string[]>(text, { delimiter: separator, preview: sampleRows }).data;
    const score = scoreRows(rows);
    if (best === null || isBetter(score, best.score)) best = { separator, score };
  }
  return best?.separator ?? ';';
}

function isBetter(a: Score, b: Score): boolean {
  if (a.header !== b.header) return a.header > b.header;
  if (a.sameWidth !== b.sameWidth) return a.sameWidth > b.sameWidth;
  return a.width > b.width;
}

function scoreRows(rows: readonly string[][]): Score {
  let header = 0;
  const widths = new Map<number, number>();
  for (const row of rows) {
    header = Math.max(header, headerScore(row));
    const width = usedWidth(row);
    if (width > 1) widths.set(width, (widths.get(width) ?? 0) + 1);
  }
  let sameWidth = 0;
  let width = 0;
  for (const [w, count] of widths) {
    if (count > sameWidth || (count === sameWidth && w > width)) [sameWidth, width] = [count, w];
  }
  return { header, sameWidth, width };
}

/** Cells up to the last non-empty one: trailing separators do not make a row wider. */
function usedWidth(row: readonly string[]): number {
  let width = row.length;
  while (width > 0 && (row[width - 1] ?? '').trim() === '') width -= 1;
  return width;
}
