/**
 * Turns the rows of a registration table into participants, with the facilitator's mapping.
 * Every row gives either one participant or one problem with its row number: a bad row never
 * stops the others. Each participant returned satisfies `participantSchema`.
 */
import { createTranslator } from '../i18n/t';
import type { Id } from '../model/ids';
import { participantSchema, type Participant } from '../model/participants';
import { foldText } from '../util/foldText';
import { roleMatcher } from './matchRole';
import type { ColumnMapping, ParticipantField, RegistrationTable } from './registrationTable';
import { splitFullName } from './splitFullName';

export type RowProblemCode = 'noName' | 'invalidEmail' | 'tooLong';

export type RowProblem = {
  line: number;
  code: RowProblemCode;
  /** What is wrong, in French, ready to show. */
  reason: string;
};

export type RowsToParticipantsOptions = {
  /** The session's roles (colleges); role text is matched against them. */
  roles: readonly string[];
  /** The import instant, stamped as every participant's `createdAt`. */
  now: string;
  newId: () => Id;
};

export type RowsToParticipantsResult = {
  participants: Participant[];
  errors: RowProblem[];
  /** The row each participant came from, to name rows when showing duplicates. */
  lines: Record<Id, number>;
};

const t = createTranslator('fr', { strict: true });

/** Longest texts the session model accepts (see `participantSchema`). */
const maxLength = {
  lastName: 200,
  firstName: 200,
  organisation: 300,
  role: 100,
  territory: 200,
  email: 320,
};
const maxNotes = 5000;
const maxTag = 100;
const maxTags = 50;

/** Deliberately loose: one @, something on each side, a dot in the domain, no spaces. */
const emailPattern = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u;
/** What Microsoft Forms writes in the e-mail column of an anonymous answer. */
const noEmail = new Set(['anonymous', 'anonyme', '-', 'n/a', 'na', 'aucun', 'aucune', 'none']);

export function rowsToParticipants(
  table: Pick<RegistrationTable, 'headers' | 'rows'>,
  mapping: ColumnMapping,
  options: RowsToParticipantsOptions,
): RowsToParticipantsResult {
  const columns = columnsByField(mapping);
  const matchRole = roleMatcher(options.roles);
  const participants: Participant[] = [];
  const errors: RowProblem[] = [];
  const lines: Record<Id, number> = {};

  for (const { line, cells } of table.rows) {
    const first = (field: ParticipantField) => firstValue(cells, columns.get(field));
    let lastName = first('lastName');
    let firstName = first('firstName');
    if (lastName === '' && firstName === '') {
      ({ lastName, firstName } = splitFullName(first('fullName')));
    }
    if (lastName === '' && firstName === '') {
      errors.push({ line, code: 'noName', reason: t('imports.row.noName') });
      continue;
    }

    const emailText = first('email');
    const email = normaliseEmail(emailText);
    if (email === null) {
      errors.push({
        line,
        code: 'invalidEmail',
        reason: t('imports.row.invalidEmail', { email: emailText }),
      });
      continue;
    }

    const { role, keptText } = matchRole(first('role'));
    const fields = {
      lastName,
      firstName,
      organisation: first('organisation'),
      role,
      territory: first('territory'),
      email,
    };
    const tooLong = (Object.keys(maxLength) as (keyof typeof maxLength)[]).find(
      (field) => fields[field].length > maxLength[field],
    );
    if (tooLong !== undefined) {
      const reason = t('imports.row.tooLong', {
        field: t(`imports.field.${tooLong}`),
        length: fields[tooLong].length,
        max: maxLength[tooLong],
      });
      errors.push({ line, code: 'tooLong', reason });
      continue;
    }

    const notes = [
      ...(keptText === null ? [] : [t('imports.roleKept', { text: keptText })]),
      ...notesOf(cells, columns.get('notes') ?? [], table.headers),
    ].join('\n');
    const participant = participantSchema.parse({
      id: options.newId(),
      ...fields,
      tags: tagsOf(cells, columns.get('tags') ?? []),
      notes: truncate(notes, maxNotes),
      attendance: 'unknown',
      isWalkIn: false,
      createdAt: options.now,
    } satisfies Participant);
    participants.push(participant);
    lines[participant.id] = line;
  }
  return { participants, errors, lines };
}

function columnsByField(mapping: ColumnMapping): Map<ParticipantField, number[]> {
  const columns = new Map<ParticipantField, number[]>();
  const indexes = Object.keys(mapping)
    .map(Number)
    .sort((a, b) => a - b);
  for (const index of indexes) {
    const field = mapping[index];
    if (field == null) continue;
    columns.set(field, [...(columns.get(field) ?? []), index]);
  }
  return columns;
}

/** The first non-empty cell among the field's columns, with inner spacing collapsed. */
function firstValue(cells: readonly string[], columns: readonly number[] | undefined): string {
  for (const index of columns ?? []) {
    const value = (cells[index] ?? '').replace(/\s+/g, ' ').trim();
    if (value !== '') return value;
  }
  return '';
}

/** Lower-cased, without `mailto:` or <brackets>; '' when absent; null when not an address. */
function normaliseEmail(text: string): string | null {
  const email = text
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
  if (email === '' || noEmail.has(email)) return '';
  return emailPattern.test(email) ? email : null;
}

/** Tags from every tags column, split on commas and semicolons, each once (ignoring case). */
function tagsOf(cells: readonly string[], columns: readonly number[]): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const index of columns) {
    for (const raw of (cells[index] ?? '').split(/[,;]/)) {
      const tag = truncate(raw.replace(/\s+/g, ' ').trim(), maxTag);
      const key = foldText(tag);
      if (tag === '' || seen.has(key)) continue;
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags.slice(0, maxTags);
}

/** Notes from every notes column; with several, each is prefixed by its header. */
function notesOf(
  cells: readonly string[],
  columns: readonly number[],
  headers: readonly string[],
): string[] {
  const filled = columns.filter((index) => (cells[index] ?? '').trim() !== '');
  return filled.map((index) => {
    const value = (cells[index] ?? '').trim();
    return columns.length > 1 ? `${headers[index] ?? ''}\u00a0: ${value}` : value;
  });
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
