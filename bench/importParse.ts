/**
 * Registration import of 2,000 rows: read (decode, parse, find the table, guess the mapping),
 * rows to participants, duplicate detection against a session already holding 200 of them.
 * Target: median total < 300 ms on the 2-core machine, for CSV and for XLSX.
 *
 *   npx tsx bench/importParse.ts
 */
import { pathToFileURL } from 'node:url';
import writeExcelFile from 'write-excel-file/node';
import { readRegistrations } from '../electron/services/importers/readRegistrations';
import { defaultRoles, type Participant } from '../shared/model/participants';
import { findDuplicates } from '../shared/participants/findDuplicates';
import { rowsToParticipants } from '../shared/participants/rowsToParticipants';
import {
  generateRegistrants,
  registrantCells,
  registrantHeaders,
  toCsv,
} from '../tests/fixtures/imports/registrants';

const rowCount = 2000;
const runs = 9;
const warmups = 2;
const targetMs = 300;

type Timing = { read: number; map: number; duplicates: number; total: number };

async function importOnce(
  bytes: Uint8Array,
  fileName: string,
  existing: Participant[],
): Promise<Timing> {
  const started = performance.now();
  const read = await readRegistrations(bytes, fileName);
  const readAt = performance.now();
  if (!read.ok) throw new Error(`${fileName} refused: ${read.error.code}`);
  let id = 0;
  const { participants, errors } = rowsToParticipants(read.value, read.value.mapping, {
    roles: defaultRoles,
    now: '2025-02-04T08:00:00.000Z',
    newId: () => `bench${(id += 1)}`,
  });
  const mappedAt = performance.now();
  const groups = findDuplicates(participants, existing);
  const done = performance.now();
  // Guards against measuring a broken import: every row read, the 200 known people found.
  if (participants.length !== rowCount || errors.length > 0 || groups.length !== existing.length) {
    throw new Error(
      `${fileName}: ${participants.length} read, ${errors.length} errors, ${groups.length} duplicates`,
    );
  }
  return {
    read: readAt - started,
    map: mappedAt - readAt,
    duplicates: done - mappedAt,
    total: done - started,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((_, column) =>
    Math.max(...[headers, ...rows].map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

export async function run(): Promise<string> {
  const registrants = generateRegistrants(rowCount, 7);
  const rows = registrants.map(registrantCells);
  const csv = new TextEncoder().encode(toCsv(registrantHeaders, rows));
  const xlsx = await writeExcelFile([registrantHeaders, ...rows]).toBuffer();

  // The session already holds the first 200 people, as after an earlier partial import.
  let id = 0;
  const known = rowsToParticipants(
    {
      headers: registrantHeaders,
      rows: rows.slice(0, 200).map((cells, index) => ({ line: index + 2, cells })),
    },
    {
      0: 'lastName',
      1: 'firstName',
      2: 'organisation',
      3: 'role',
      4: 'email',
      5: 'territory',
      6: 'tags',
      7: 'notes',
    },
    { roles: defaultRoles, now: '2025-01-01T00:00:00.000Z', newId: () => `known${(id += 1)}` },
  ).participants;

  const lines: string[][] = [];
  for (const [label, bytes, fileName] of [
    ['CSV UTF-8 ;', csv, 'inscrits.csv'],
    ['XLSX', xlsx, 'inscrits.xlsx'],
  ] as const) {
    for (let i = 0; i < warmups; i += 1) await importOnce(bytes, fileName, known);
    const timings: Timing[] = [];
    for (let i = 0; i < runs; i += 1) timings.push(await importOnce(bytes, fileName, known));
    const m = (pick: (t: Timing) => number) => median(timings.map(pick));
    const total = m((t) => t.total);
    lines.push([
      label,
      `${Math.round(bytes.byteLength / 1024)} KB`,
      `${m((t) => t.read).toFixed(1)} ms`,
      `${m((t) => t.map).toFixed(1)} ms`,
      `${m((t) => t.duplicates).toFixed(1)} ms`,
      `${total.toFixed(1)} ms`,
      total < targetMs ? `ok (< ${targetMs} ms)` : `TOO SLOW (≥ ${targetMs} ms)`,
    ]);
  }
  const heading = `Import of ${rowCount} rows, median of ${runs} runs (after ${warmups} warm-ups), 200 already in the session`;
  return `${heading}\n${table(['file', 'size', 'read', 'to participants', 'duplicates', 'total', 'target'], lines)}`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await run());
}
