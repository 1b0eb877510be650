/**
 * `atelier import <file> [--json]`: reads a registration export and says what an import would
 * bring in, without touching any session: participants, possible duplicates within the file,
 * rows left out and why, and how the file was read.
 *
 * Exit codes: 0 when at least one participant was read; 1 when the file was refused or no row
 * could be read (French message on stderr); 2 on a usage error.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { presentError } from '../../../shared/errors/errorMessage';
import type { MessageKey } from '../../../shared/i18n/fr';
import { createTranslator } from '../../../shared/i18n/t';
import { newId } from '../../../shared/model/ids';
import { defaultRoles, type Participant } from '../../../shared/model/participants';
import { findDuplicates } from '../../../shared/participants/findDuplicates';
import type { RegistrationTable } from '../../../shared/participants/registrationTable';
import {
  rowsToParticipants,
  type RowsToParticipantsResult,
} from '../../../shared/participants/rowsToParticipants';
import type { AppError, Result } from '../../../shared/result';
import type { CommandIO } from '../io';
import {
  maxImportBytes,
  readRegistrations,
  tooLargeError,
} from '../../services/importers/readRegistrations';

const t = createTranslator('fr', { strict: false });

type Line = (participant: Participant) => number;

export async function importCommand(argv: string[], io: CommandIO): Promise<number> {
  const files = argv.filter((arg) => !arg.startsWith('--'));
  const options = argv.filter((arg) => arg.startsWith('--'));
  if (options.includes('--help')) {
    io.stdout(`${t('imports.cli.usage')}\n`);
    return 0;
  }
  const [file] = files;
  if (file === undefined || files.length > 1 || options.some((option) => option !== '--json')) {
    io.stderr(`${t('imports.cli.usage')}\n`);
    return 2;
  }

  const bytes = await readBytes(file);
  const table = bytes.ok ? await readRegistrations(bytes.value, path.basename(file)) : bytes;
  if (!table.ok) {
    io.stderr(`${t('imports.cli.refused', { message: errorText(table.error) })}\n`);
    return 1;
  }

  const result = rowsToParticipants(table.value, table.value.mapping, {
    roles: defaultRoles,
    now: new Date().toISOString(),
    newId: () => newId(),
  });
  const line: Line = (participant) => result.lines[participant.id] ?? 0;
  if (options.includes('--json')) {
    io.stdout(
      `${JSON.stringify(report(path.basename(file), table.value, result, line), null, 2)}\n`,
    );
  } else {
    io.stdout(summary(path.basename(file), table.value, result, line));
  }
  if (result.participants.length === 0) {
    io.stderr(`${t('imports.summary.noneImported')}\n`);
    return 1;
  }
  return 0;
}

async function readBytes(file: string): Promise<Result<Uint8Array>> {
  try {
    // Checked before reading, so a huge file is refused without loading it.
    const { size } = await stat(file);
    if (size > maxImportBytes) return { ok: false, error: tooLargeError(size) };
    return { ok: true, value: await readFile(file) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, error: { code: 'import.fileUnreadable', details: { path: file, reason } } };
  }
}

function errorText(error: AppError): string {
  const key: MessageKey = presentError(error).messageKey;
  const params = Object.fromEntries(
    Object.entries(error.details ?? {}).map(([name, value]) => [
      name,
      typeof value === 'number' ? value : String(value),
    ]),
  );
  const reason = params.reason;
  if (typeof reason === 'string' && reason in readFailureKey) {
    params.reason = t(readFailureKey[reason as keyof typeof readFailureKey]);
  }
  // Details carry each message's parameters; a missing one shows as {name} rather than throwing.
  return (t as (key: MessageKey, params: Record<string, string | number>) => string)(key, params);
}

/** System error codes worth putting into words; others are shown as they are (EMFILE…). */
const readFailureKey = {
  ENOENT: 'imports.readFailure.ENOENT',
  EACCES: 'imports.readFailure.EACCES',
  EISDIR: 'imports.readFailure.EISDIR',
} as const satisfies Record<string, MessageKey>;

function duplicatesOf(participants: Participant[], line: Line) {
  return findDuplicates(participants, []).flatMap(({ keep, duplicates }) =>
    duplicates.map(({ participant, reasons, suggested }) => ({
      line: line(participant),
      name: fullName(participant),
      duplicateOf: { line: line(keep.participant), name: fullName(keep.participant) },
      reasons,
      suggested,
    })),
  );
}

function report(
  file: string,
  table: RegistrationTable,
  result: RowsToParticipantsResult,
  line: Line,
) {
  return {
    file,
    encoding: table.encoding,
    separator: table.separator,
    sheetName: table.sheetName,
    headerRow: table.headerRow,
    headers: table.headers,
    mapping: table.mapping,
    participants: result.participants.map((participant) => ({
      line: line(participant),
      lastName: participant.lastName,
      firstName: participant.firstName,
      organisation: participant.organisation,
      role: participant.role,
      territory: participant.territory,
      email: participant.email,
      tags: participant.tags,
      notes: participant.notes,
    })),
    duplicates: duplicatesOf(result.participants, line),
    errors: result.errors.map(({ line: row, code, reason }) => ({ line: row, code, reason })),
  };
}

function summary(
  file: string,
  table: RegistrationTable,
  result: RowsToParticipantsResult,
  line: Line,
): string {
  const lines: string[] = [];
  const encoding = t(`imports.encoding.${table.encoding}`);
  if (table.separator === null) {
    lines.push(
      t('imports.summary.sheetSource', {
        file,
        encoding,
        sheet: table.sheetName ?? '',
        line: table.headerRow,
      }),
    );
  } else {
    const separator = t(separatorKey[table.separator]);
    lines.push(
      t('imports.summary.textSource', { file, encoding, separator, line: table.headerRow }),
    );
  }
  const columns = table.headers.flatMap((header, index) => {
    const field = table.mapping[index];
    return field == null ? [] : [`${header} → ${t(`imports.field.${field}`)}`];
  });
  lines.push(
    columns.length === 0
      ? t('imports.summary.noColumns')
      : t('imports.summary.columns', { columns: columns.join(', ') }),
  );
  lines.push(t('imports.summary.read', { count: result.participants.length }));

  const duplicates = duplicatesOf(result.participants, line);
  lines.push(t('imports.summary.duplicates', { count: duplicates.length }));
  for (const duplicate of duplicates) {
    lines.push(
      t('imports.summary.duplicateLine', {
        line: duplicate.line,
        name: duplicate.name,
        otherLine: duplicate.duplicateOf.line,
        otherName: duplicate.duplicateOf.name,
        reason: duplicate.reasons.map((reason) => t(`imports.duplicate.${reason}`)).join(', '),
      }),
    );
  }
  lines.push(t('imports.summary.errors', { count: result.errors.length }));
  for (const error of result.errors) {
    lines.push(t('imports.summary.errorLine', { line: error.line, reason: error.reason }));
  }
  return `${lines.join('\n')}\n`;
}

const separatorKey = {
  ';': 'imports.separator.semicolon',
  ',': 'imports.separator.comma',
  '\t': 'imports.separator.tab',
} as const satisfies Record<string, MessageKey>;

function fullName(participant: Participant): string {
  return [participant.firstName, participant.lastName].filter((part) => part !== '').join(' ');
}
