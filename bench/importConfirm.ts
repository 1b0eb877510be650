/**
 * What the facilitator waits for around an import of 2,000 rows, and what runs on the window's
 * UI thread (which must not freeze):
 * - Node side: `import.preview` (read, rows to participants, duplicates against 200 people
 *   already in the session) — target < 300 ms;
 * - window: reading the preview's answer (JSON, then the contract's schema), confirming
 *   (`planImport`, applying the `participants.import` operation, recording its undo step), and
 *   undoing it — target < 100 ms each, the time past which an interface feels stuck;
 * - window, at the door: the check-in search for three letters over 2,000 people, and the
 *   participant list's filter and sort — target < 16 ms, one frame.
 *
 *   npx tsx bench/importConfirm.ts
 */
import { pathToFileURL } from 'node:url';
import { previewImport } from '../electron/services/importers/previewImport';
import { importPreviewSchema } from '../shared/contracts/imports';
import { defaultRoles } from '../shared/model/participants';
import { createSession, type Session } from '../shared/model/session';
import {
  filterParticipants,
  noFilters,
  searchParticipants,
  sortParticipants,
} from '../shared/participants/participantList';
import { planImport } from '../shared/participants/planImport';
import { rowsToParticipants } from '../shared/participants/rowsToParticipants';
import { applyOperation } from '../shared/session/applyOperation';
import { diffSessions } from '../shared/session/historyOps';
import type { Operation } from '../shared/session/operations';
import { emptyHistory, recordStep } from '../shared/session/undoHistory';
import {
  generateRegistrants,
  registrantCells,
  registrantHeaders,
  toCsv,
} from '../tests/fixtures/imports/registrants';
import { median, ms, table } from './stats';

const rowCount = 2000;
const runs = 9;
const warmups = 2;
const at = '2025-02-04T08:00:00.000Z';

type Step = { name: string; targetMs: number; run: () => unknown };

async function measure(step: Step): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < warmups + runs; i += 1) {
    const started = performance.now();
    await step.run();
    if (i >= warmups) times.push(performance.now() - started);
  }
  return median(times);
}

export async function run(): Promise<string> {
  const rows = generateRegistrants(rowCount, 11).map(registrantCells);
  const bytes = new TextEncoder().encode(toCsv(registrantHeaders, rows));
  let known = 0;
  const existing = rowsToParticipants(
    {
      headers: registrantHeaders,
      rows: rows.slice(0, 200).map((cells, index) => ({ line: index + 2, cells })),
    },
    { 0: 'lastName', 1: 'firstName', 2: 'organisation', 3: 'role', 4: 'email' },
    { roles: defaultRoles, now: at, newId: () => `known${(known += 1)}` },
  ).participants;
  const session: Session = {
    ...createSession({ id: 'bench-import', now: at, header: { title: 'Séminaire' } }),
    participants: existing,
  };

  let id = 0;
  const preview = async () => {
    const result = await previewImport(
      { bytes, name: 'inscrits.csv' },
      null,
      { participants: session.participants, roles: defaultRoles },
      { now: at, newId: () => `p${(id += 1)}` },
    );
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  };
  const shown = await preview();
  const answer = JSON.stringify({ ok: true, value: shown });
  const duplicates = shown.duplicates.flatMap((g) => g.duplicates).length;
  if (shown.participants.length !== rowCount || duplicates !== existing.length)
    throw new Error(`preview: ${shown.participants.length} read, ${duplicates} duplicates`);

  const confirm = () => {
    const plan = planImport(shown.participants, shown.duplicates);
    const op = {
      type: 'participants.import',
      add: plan.toAdd,
      merge: plan.updates.map(({ id: pid, patch }) => ({ id: pid, fields: patch })),
      at,
    } satisfies Operation;
    const after = applyOperation(session, op);
    recordStep(emptyHistory, { before: session, after, op, now: 0 });
    return after;
  };
  const imported = confirm();
  if (imported.participants.length !== rowCount) throw new Error('import lost people');
  const back = diffSessions(imported, session)!;

  const steps: Step[] = [
    { name: 'Node: import.preview (2,000 rows, 200 known)', targetMs: 300, run: preview },
    {
      name: 'window: read the answer (JSON + schema)',
      targetMs: 100,
      run: () => importPreviewSchema.parse((JSON.parse(answer) as { value: unknown }).value),
    },
    { name: 'window: confirm (plan, apply, undo step)', targetMs: 100, run: confirm },
    {
      name: 'window: undo the import',
      targetMs: 100,
      run: () => applyOperation(imported, { type: 'history.restore', ...back, at }),
    },
    {
      name: 'window: check-in search « lef » (2,000 people)',
      targetMs: 16,
      run: () => searchParticipants(imported.participants, 'lef'),
    },
    {
      name: 'window: list filter « mairie » + sort by organisation',
      targetMs: 16,
      run: () =>
        sortParticipants(
          filterParticipants(imported.participants, noFilters, 'mairie'),
          { key: 'organisation', direction: 'ascending' },
          defaultRoles,
        ),
    },
  ];

  const lines: string[][] = [];
  for (const step of steps) {
    const value = await measure(step);
    lines.push([
      step.name,
      ms(value),
      `< ${step.targetMs} ms`,
      value < step.targetMs ? 'ok' : 'TOO SLOW',
    ]);
  }
  const size = `${Math.round(answer.length / 1024)} KB`;
  const heading = `Import of ${rowCount} rows, median of ${runs} runs (after ${warmups} warm-ups); the preview answer is ${size} of JSON`;
  return `${heading}\n${table(['step', 'median', 'target', ''], lines)}`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await run());
}
