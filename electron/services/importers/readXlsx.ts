/**
 * An XLSX workbook to a located table, read with read-excel-file (maintained, MIT, small: it
 * unzips with fflate and parses the XML with a SAX parser). The sheet read is the first one whose
 * headers name people (a name column was recognised), so a cover sheet or an empty « Feuil1 »
 * before the list does not get in the way; then the first sheet holding any table; failing that,
 * the first sheet's own refusal is returned.
 */
import readExcelFile, { InvalidInputError } from 'read-excel-file/node';
import { fail, ok, type Result } from '../../../shared/result';
import { cellText, type CellValue } from './cellText';
import { locateTable, type LocatedTable } from './locateTable';

export async function readXlsx(
  bytes: Uint8Array,
): Promise<Result<LocatedTable & { sheetName: string }>> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readExcelFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    // A zip that is not a workbook (a .docx, an .ods, a damaged file) lands here.
    const code = error instanceof InvalidInputError ? error.code : 'INVALID_SPREADSHEET';
    return fail('import.notATable', { reason: code });
  }

  let firstTable: (LocatedTable & { sheetName: string }) | null = null;
  let firstRefusal: Result<never> | null = null;
  for (const { sheet, data } of sheets) {
    const grid = data.map((row) => row.map((value) => cellText(value as CellValue)));
    const located = locateTable(grid);
    if (located.ok) {
      if (namesPeople(located.value)) return ok({ ...located.value, sheetName: sheet });
      firstTable ??= { ...located.value, sheetName: sheet };
    } else if (firstRefusal === null && located.error.code !== 'import.empty') {
      firstRefusal = located;
    }
  }
  if (firstTable !== null) return ok(firstTable);
  return firstRefusal ?? fail('import.empty');
}

function namesPeople(table: LocatedTable): boolean {
  return Object.values(table.mapping).some(
    (field) => field === 'lastName' || field === 'firstName' || field === 'fullName',
  );
}
