/** A spreadsheet cell as the text a person sees in it, for an importer that reads text. */
export type CellValue = string | number | boolean | Date | null | undefined;

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return dateText(value);
}

/**
 * Excel stores wall-clock dates without a zone; read-excel-file hands them over as the same
 * wall-clock reading in UTC, so UTC fields give back what the cell showed: « 04/02/2025 », or
 * « 04/02/2025 09:30 » when it has a time.
 */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  const hasTime =
    date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0 || date.getUTCSeconds() !== 0;
  return hasTime ? `${day} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}` : day;
}
