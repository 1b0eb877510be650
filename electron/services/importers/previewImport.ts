/**
 * What importing a file into a session would do, without changing it: the file read with the
 * guessed mapping (or the facilitator's), every row turned into a participant or a problem,
 * and the duplicates, against the session's people and within the file.
 */
import type { ImportPreview } from '../../../shared/contracts/imports';
import type { Id } from '../../../shared/model/ids';
import type { Participant } from '../../../shared/model/participants';
import { findDuplicates } from '../../../shared/participants/findDuplicates';
import {
  participantFields,
  type ColumnMapping,
  type ParticipantField,
} from '../../../shared/participants/registrationTable';
import { rowsToParticipants } from '../../../shared/participants/rowsToParticipants';
import { findSecondRegistrations } from '../../../shared/participants/sameOrganisation';
import { ok, type Result } from '../../../shared/result';
import { readRegistrations } from './readRegistrations';

/** Rows shown beside the mapping: enough to recognise the columns, light for the window. */
export const sampleRows = 5;

export type PreviewTarget = {
  participants: readonly Participant[];
  roles: readonly string[];
  /** The session's rule: a second person of an organisation is flagged. */
  onePerOrganisation?: boolean;
};

export async function previewImport(
  file: { bytes: Uint8Array; name: string },
  mapping: Readonly<Record<string, ParticipantField | null>> | null,
  target: PreviewTarget,
  options: { now: string; newId: () => Id },
): Promise<Result<ImportPreview>> {
  const read = await readRegistrations(file.bytes, file.name);
  if (!read.ok) return read;
  const table = read.value;
  const used = mapping === null ? table.mapping : fitMapping(mapping, table.headers.length);
  const result = rowsToParticipants(table, used, {
    roles: target.roles,
    now: options.now,
    newId: options.newId,
  });
  const duplicates = findDuplicates(result.participants, target.participants);
  return ok({
    fileName: file.name,
    encoding: table.encoding,
    separator: table.separator,
    sheetName: table.sheetName,
    headerRow: table.headerRow,
    headers: table.headers,
    mapping: Object.fromEntries(Object.entries(used)),
    rowCount: table.rows.length,
    sample: table.rows.slice(0, sampleRows),
    participants: result.participants,
    lines: result.lines,
    errors: result.errors,
    duplicates,
    secondRegistrations: target.onePerOrganisation
      ? findSecondRegistrations(result.participants, target.participants, duplicates)
      : [],
  });
}

/** The facilitator's mapping over this file's columns: unknown columns dropped, missing ones off. */
function fitMapping(
  mapping: Readonly<Record<string, ParticipantField | null>>,
  columns: number,
): ColumnMapping {
  const fitted: ColumnMapping = {};
  for (let index = 0; index < columns; index += 1) {
    const field = mapping[String(index)] ?? null;
    fitted[index] = field !== null && participantFields.includes(field) ? field : null;
  }
  return fitted;
}
