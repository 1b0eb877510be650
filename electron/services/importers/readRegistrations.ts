/**
 * Reads a registration export (CSV, TSV or XLSX, from a spreadsheet, HelloAsso, Eventbrite,
 * Weezevent, Google Forms, Microsoft Forms, Framaforms…) into a table with a guessed column
 * mapping. A file that cannot be read as a whole is refused with a code, and nothing of it is
 * imported; rows that are only partly wrong are `rowsToParticipants`' business.
 */
import {
  maxImportBytes,
  type RegistrationTable,
} from '../../../shared/participants/registrationTable';
import { fail, ok, type AppError, type Result } from '../../../shared/result';
import { decodeText } from './decodeText';
import { locateTable } from './locateTable';
import { parseDelimited } from './parseDelimited';
import { readXlsx } from './readXlsx';
import { sniffFormat } from './sniffFormat';

export { maxImportBytes };

export function tooLargeError(byteLength: number): AppError {
  const toMb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
  return {
    code: 'import.tooLarge',
    details: { sizeMb: toMb(byteLength), maxMb: toMb(maxImportBytes) },
  };
}

export async function readRegistrations(
  bytes: Uint8Array,
  fileName: string,
): Promise<Result<RegistrationTable>> {
  if (bytes.byteLength > maxImportBytes)
    return { ok: false, error: tooLargeError(bytes.byteLength) };
  const format = sniffFormat(bytes, fileName);
  switch (format.kind) {
    case 'empty':
      return fail('import.empty');
    case 'oldExcel':
      return fail('import.oldExcelFormat');
    case 'binary':
      return fail('import.notATable', { reason: format.what });
    case 'utf16':
      return fail('import.unreadableEncoding', { encoding: 'utf-16' });
    case 'xlsx': {
      const read = await readXlsx(bytes);
      if (!read.ok) return read;
      const { sheetName, ...table } = read.value;
      return ok({ encoding: 'xlsx', separator: null, sheetName, ...table });
    }
    case 'text': {
      const decoded = decodeText(bytes);
      if (!decoded.ok) return decoded;
      const parsed = parseDelimited(decoded.value.text);
      if (!parsed.ok) return parsed;
      const located = locateTable(parsed.value.grid);
      if (!located.ok) return located;
      return ok({
        encoding: decoded.value.encoding,
        separator: parsed.value.separator,
        sheetName: null,
        ...located.value,
      });
    }
  }
}
