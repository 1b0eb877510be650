/**
 * A registration export read as a table: what the importer hands to `rowsToParticipants` and
 * what the UI shows when the facilitator checks or corrects the column mapping.
 */

/** A list of a few thousand people is well under 1 MB; 20 MB is far beyond any real export. */
export const maxImportBytes = 20 * 1024 * 1024;

/** The participant fields a column can feed. `fullName` is split into last and first names. */
export const participantFields = [
  'lastName',
  'firstName',
  'fullName',
  'organisation',
  'role',
  'territory',
  'email',
  'tags',
  'notes',
] as const;
export type ParticipantField = (typeof participantFields)[number];

/** Column index (0-based) → the field it feeds, or null when the column is not imported. */
export type ColumnMapping = Record<number, ParticipantField | null>;

export type TableRow = {
  /** 1-based row number as a spreadsheet shows it (a quoted CSV field spanning lines stays one row). */
  line: number;
  /** Trimmed cell texts, one per header column (missing cells are ''). */
  cells: string[];
};

export type RegistrationTable = {
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'xlsx';
  separator: ';' | ',' | '\t' | null;
  /** Name of the sheet read, for XLSX files; null for text files. */
  sheetName: string | null;
  /** 1-based row number of the header row. */
  headerRow: number;
  headers: string[];
  /** Data rows under the header, blank rows left out. Never empty. */
  rows: TableRow[];
  mapping: ColumnMapping;
};
