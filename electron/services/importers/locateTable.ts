/**
 * Finds the table in a grid of cells, whatever surrounds it: a title block above the headers
 * (« Liste des inscrits — Séminaire du 4 février 2025 », a blank line), blank rows, trailing
 * separators and empty columns. Row numbers are kept: grid row i is row i + 1 of the file.
 */
import { guessMapping, headerScore } from '../../../shared/participants/columnHeaders';
import type { RegistrationTable, TableRow } from '../../../shared/participants/registrationTable';
import { fail, ok, type Result } from '../../../shared/result';

export type LocatedTable = Pick<RegistrationTable, 'headerRow' | 'headers' | 'rows' | 'mapping'>;

/** How far down a header row is looked for: title blocks are a few lines, not pages. */
const headerSearchRows = 30;

export function locateTable(grid: readonly (readonly string[])[]): Result<LocatedTable> {
  const cleaned = grid.map((row) =>
    row.map((cell) =>
      cell
        .replace(/\r\n?/g, '\n')
        .replace(/\u00a0/g, ' ')
        .trim(),
    ),
  );
  const nonEmpty = (row: readonly string[]) => row.filter((cell) => cell !== '').length;
  if (cleaned.every((row) => nonEmpty(row) === 0)) return fail('import.empty');

  const headerIndex = findHeaderRow(cleaned, nonEmpty);
  if (headerIndex < 0) return fail('import.notATable', { reason: 'noHeaderRow' });
  const headerCells = cleaned[headerIndex] ?? [];

  const below = cleaned
    .map((cells, index) => ({ cells, index }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => nonEmpty(cells) > 0 && !sameCells(cells, headerCells));
  if (below.length === 0) return fail('import.headerOnly', { headerRow: headerIndex + 1 });

  // Columns with a header or a value somewhere; the others (trailing separators) are dropped.
  const width = below.reduce((max, { cells }) => Math.max(max, cells.length), headerCells.length);
  const kept: number[] = [];
  for (let column = 0; column < width; column += 1) {
    const used =
      (headerCells[column] ?? '') !== '' || below.some(({ cells }) => (cells[column] ?? '') !== '');
    if (used) kept.push(column);
  }
  const headers = kept.map((column) => headerCells[column] ?? '');
  const rows: TableRow[] = below.map(({ cells, index }) => ({
    line: index + 1,
    cells: kept.map((column) => cells[column] ?? ''),
  }));
  return ok({ headerRow: headerIndex + 1, headers, rows, mapping: guessMapping(headers) });
}

/**
 * The first row that reads as headers: at least two known header names, or a lone known name
 * in a one-column list. Failing that, the first row with two cells or more, so a table with
 * unusual headers still opens and its columns can be mapped by hand.
 */
function findHeaderRow(
  rows: readonly string[][],
  nonEmpty: (row: readonly string[]) => number,
): number {
  const searched = rows.slice(0, headerSearchRows);
  const oneColumn = rows.every((row) => nonEmpty(row) <= 1);
  const recognised = searched.findIndex((row) => {
    const score = headerScore(row);
    return score >= 2 || (score === 1 && nonEmpty(row) === 1 && oneColumn);
  });
  if (recognised >= 0) return recognised;
  return searched.findIndex((row) => nonEmpty(row) >= 2);
}

/** A header row repeated inside the data, as when two exports are pasted one under the other. */
function sameCells(a: readonly string[], b: readonly string[]): boolean {
  const width = Math.max(a.length, b.length);
  for (let column = 0; column < width; column += 1) {
    if ((a[column] ?? '') !== (b[column] ?? '')) return false;
  }
  return true;
}
