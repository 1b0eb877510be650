/**
 * The import dialog's state: the chosen file is sent to the Node side (its bytes, in base64),
 * which reads it and answers with a preview; a changed mapping asks again. The facilitator's
 * choice for each duplicate, and for each second registration of an organisation when the
 * session keeps one per organisation, is kept by file row, so it survives a new mapping. Confirming
 * dispatches one `participants.import` operation: one Ctrl+Z takes the whole import back.
 */
import { useMemo, useRef, useState } from 'react';
import type { ImportPreview } from '../../../shared/contract';
import type { Id } from '../../../shared/model/ids';
import type { DuplicateDecision } from '../../../shared/participants/findDuplicates';
import { planImport, type ImportPlan } from '../../../shared/participants/planImport';
import {
  maxImportBytes,
  type ParticipantField,
} from '../../../shared/participants/registrationTable';
import type { AppError } from '../../../shared/result';
import { useApi } from '../../api/ApiProvider';
import { useDispatch, useSessionController, useSessionState } from '../../store/SessionProvider';
import { blobToBase64 } from '../../api/blobToBase64';

type ChosenFile = { name: string; data: string };

export type ImportState =
  | { status: 'choose' }
  | { status: 'reading'; fileName: string }
  | { status: 'failed'; fileName: string; error: AppError }
  | { status: 'ready'; file: ChosenFile; preview: ImportPreview; updating: boolean };

export type ImportSummary = {
  added: number;
  completed: number;
  skipped: number;
  /** Second registrations of an organisation left out. */
  secondsSkipped: number;
  unread: number;
};

/** Fields a person has once: choosing one for a column takes it from the column that had it. */
const multiColumnFields: ReadonlySet<ParticipantField> = new Set(['tags', 'notes']);

export function useImportPreview() {
  const api = useApi();
  const controller = useSessionController();
  const dispatch = useDispatch();
  const sessionId = useSessionState((s) => s.session.id);
  const [state, setState] = useState<ImportState>({ status: 'choose' });
  const [decisions, setDecisions] = useState<Record<number, DuplicateDecision>>({});
  // Only the answer to the latest request is shown, however answers arrive.
  const latest = useRef(0);

  async function load(file: ChosenFile, mapping: ImportPreview['mapping'] | null): Promise<void> {
    const ticket = (latest.current += 1);
    // Duplicates are looked for among the people the Node side has: send it every change first.
    await controller.settled();
    const result = await api.call('import.preview', {
      id: sessionId,
      fileName: file.name,
      data: file.data,
      mapping,
    });
    if (ticket !== latest.current) return;
    if (!result.ok) setState({ status: 'failed', fileName: file.name, error: result.error });
    else setState({ status: 'ready', file, preview: result.value, updating: false });
  }

  async function choose(file: File): Promise<void> {
    setDecisions({});
    if (file.size > maxImportBytes) {
      const toMb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
      setState({
        status: 'failed',
        fileName: file.name,
        error: {
          code: 'import.tooLarge',
          details: { sizeMb: toMb(file.size), maxMb: toMb(maxImportBytes) },
        },
      });
      return;
    }
    latest.current += 1;
    setState({ status: 'reading', fileName: file.name });
    let data: string;
    try {
      data = await blobToBase64(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const details = { path: file.name, reason };
      return setState({
        status: 'failed',
        fileName: file.name,
        error: { code: 'import.fileUnreadable', details },
      });
    }
    await load({ name: file.name, data }, null);
  }

  function remap(column: number, field: ParticipantField | null): void {
    if (state.status !== 'ready') return;
    const mapping: ImportPreview['mapping'] = {};
    for (const [index, current] of Object.entries(state.preview.mapping)) {
      const taken = field !== null && !multiColumnFields.has(field) && current === field;
      mapping[index] = taken ? null : current;
    }
    mapping[String(column)] = field;
    // The selects show the new mapping at once; the people follow when the Node side answers.
    setState({ ...state, preview: { ...state.preview, mapping }, updating: true });
    void load(state.file, mapping);
  }

  const ready = state.status === 'ready' ? state.preview : null;
  const plan = useMemo(() => (ready ? planFor(ready, decisions) : null), [ready, decisions]);

  function decide(line: number, decision: DuplicateDecision): void {
    setDecisions((current) => ({ ...current, [line]: decision }));
  }

  function decideAll(decision: DuplicateDecision): void {
    if (!ready) return;
    const all: Record<number, DuplicateDecision> = {};
    for (const { duplicates } of ready.duplicates)
      for (const { participant } of duplicates) {
        const line = ready.lines[participant.id];
        if (line !== undefined) all[line] = decision;
      }
    setDecisions(all);
  }

  /** Applies the import; returns what it did, to tell the facilitator. */
  function confirm(): ImportSummary | null {
    if (!ready || !plan || state.status !== 'ready' || state.updating) return null;
    dispatch({
      type: 'participants.import',
      add: plan.toAdd,
      merge: plan.updates.map(({ id, patch }) => ({ id, fields: patch })),
    });
    return summarise(ready, plan, decisions);
  }

  const summary = ready && plan ? summarise(ready, plan, decisions) : null;

  return { state, decisions, plan, summary, choose, remap, decide, decideAll, confirm };
}

function planFor(preview: ImportPreview, decisions: Record<number, DuplicateDecision>): ImportPlan {
  const byId: Record<Id, DuplicateDecision> = {};
  const decidable = [
    ...preview.duplicates.flatMap(({ duplicates }) => duplicates.map((d) => d.participant.id)),
    ...preview.secondRegistrations.map((flag) => flag.participantId),
  ];
  for (const id of decidable) {
    const line = preview.lines[id];
    const decision = line === undefined ? undefined : decisions[line];
    if (decision !== undefined) byId[id] = decision;
  }
  return planImport(preview.participants, preview.duplicates, byId);
}

/**
 * The second registrations the facilitator decides on in their own list: those that are not
 * also a duplicate (a duplicate's flag is shown with it, and decided there).
 */
export function secondsToDecide(preview: ImportPreview): ImportPreview['secondRegistrations'] {
  const duplicates = new Set(
    preview.duplicates.flatMap(({ duplicates }) => duplicates.map((d) => d.participant.id)),
  );
  return preview.secondRegistrations.filter((flag) => !duplicates.has(flag.participantId));
}

function summarise(
  preview: ImportPreview,
  plan: ImportPlan,
  decisions: Record<number, DuplicateDecision>,
): ImportSummary {
  let skipped = 0;
  for (const { duplicates } of preview.duplicates)
    for (const { participant, suggested } of duplicates) {
      const line = preview.lines[participant.id];
      const decision = (line === undefined ? undefined : decisions[line]) ?? suggested;
      if (decision === 'skip') skipped += 1;
    }
  let secondsSkipped = 0;
  for (const { participantId } of secondsToDecide(preview)) {
    const line = preview.lines[participantId];
    if (line !== undefined && decisions[line] === 'skip') secondsSkipped += 1;
  }
  return {
    added: plan.toAdd.length,
    completed: plan.updates.length,
    skipped,
    secondsSkipped,
    unread: preview.errors.length,
  };
}
