/**
 * Importing the registration list: choose (or drop) a CSV or Excel file, check how it was read
 * and which column feeds which field, see the rows left out and the duplicates, decide for each
 * duplicate (and, when the session keeps one registration per organisation, for each second
 * person of an organisation), then import. Nothing changes in the session before « Importer ».
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import type { ImportPreview } from '../../../shared/contract';
import type { MessageKey } from '../../../shared/i18n/fr';
import type { Participant } from '../../../shared/model/participants';
import type { DuplicateDecision } from '../../../shared/participants/findDuplicates';
import { foldText } from '../../../shared/util/foldText';
import {
  participantFields,
  type ParticipantField,
} from '../../../shared/participants/registrationTable';
import { useT } from '../../i18n/I18nProvider';
import { useSessionController } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';
import { ErrorNotice } from '../errors/ErrorNotice';
import { fullName } from './ParticipantDialogs';
import { secondsToDecide, useImportPreview, type ImportSummary } from './useImportPreview';

/** What is shown at once; counts say how many more there are. */
const PREVIEW_PEOPLE = 5;
const SHOWN_ERRORS = 20;
const DUPLICATES_PAGE = 30;

const accept =
  '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const controller = useSessionController();
  const importer = useImportPreview();
  const { state, summary } = importer;
  const fileInput = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [isDragging, setDragging] = useState(false);

  const pick = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void importer.choose(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    pick(event.dataTransfer.files);
  };

  const canImport =
    state.status === 'ready' &&
    !state.updating &&
    summary !== null &&
    summary.added + summary.completed > 0;

  const run = () => {
    if (!canImport) return;
    const done = importer.confirm();
    onClose();
    if (done)
      toast(importedMessage(t, done), {
        label: t('import.undo'),
        run: () => controller.undo(),
      });
  };

  return (
    <Dialog
      title={t('import.title')}
      wide
      onClose={onClose}
      onSubmit={run}
      actions={
        <>
          {state.status === 'ready' && summary && (
            // Beside the button it sums up, always in sight however far the preview scrolls.
            <p className="import-summary" role="status">
              {state.updating ? t('import.updating') : summaryText(t, summary)}
            </p>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          {state.status === 'ready' && (
            <Button type="submit" variant="primary" disabled={!canImport}>
              {summary && summary.added + summary.completed === 0
                ? t('import.nothingToImport')
                : t('import.confirm', { count: summary?.added ?? 0 })}
            </Button>
          )}
        </>
      }
    >
      <input
        ref={fileInput}
        id={inputId}
        type="file"
        accept={accept}
        hidden
        onChange={(e) => {
          pick(e.target.files);
          // Choosing the same file again (after fixing it) must read it again.
          e.target.value = '';
        }}
      />
      <div
        className={`import-drop${isDragging ? ' import-drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {state.status === 'choose' && (
          <>
            <p>{t('import.intro')}</p>
            <p className="muted">{t('import.formats')}</p>
          </>
        )}
        {state.status === 'reading' && (
          <p role="status">{t('import.reading', { file: state.fileName })}</p>
        )}
        {state.status === 'failed' && (
          <>
            <p className="import-drop__file">{state.fileName}</p>
            <ErrorNotice error={state.error} />
          </>
        )}
        {state.status === 'ready' && <SourceLine preview={state.preview} />}
        <Button
          variant={state.status === 'choose' ? 'primary' : 'secondary'}
          onClick={() => fileInput.current?.click()}
          disabled={state.status === 'reading'}
        >
          {state.status === 'choose' ? t('import.chooseFile') : t('import.chooseOther')}
        </Button>
        {state.status === 'choose' && <span className="muted"> {t('import.orDrop')}</span>}
      </div>

      {state.status === 'ready' && (
        <>
          <MappingTable
            preview={state.preview}
            onRemap={importer.remap}
            updating={state.updating}
          />
          <PeoplePreview preview={state.preview} />
          <RowErrors preview={state.preview} />
          <SecondRegistrations
            preview={state.preview}
            decisions={importer.decisions}
            onDecide={importer.decide}
          />
          <Duplicates
            preview={state.preview}
            decisions={importer.decisions}
            onDecide={importer.decide}
            onDecideAll={importer.decideAll}
          />
        </>
      )}
    </Dialog>
  );
}

function SourceLine({ preview }: { preview: ImportPreview }) {
  const t = useT();
  const encoding = t(`imports.encoding.${preview.encoding}`);
  const how =
    preview.separator === null
      ? t('import.sourceSheet', {
          encoding,
          sheet: preview.sheetName ?? '',
          line: preview.headerRow,
        })
      : t('import.sourceText', {
          encoding,
          separator: t(separatorKey[preview.separator]),
          line: preview.headerRow,
        });
  return (
    <p className="import-source">
      <strong className="import-drop__file">{preview.fileName}</strong>
      <span>
        {how} {t('import.rows', { count: preview.rowCount })}
      </span>
    </p>
  );
}

const separatorKey = {
  ';': 'imports.separator.semicolon',
  ',': 'imports.separator.comma',
  '\t': 'imports.separator.tab',
} as const satisfies Record<string, MessageKey>;

function MappingTable({
  preview,
  onRemap,
  updating,
}: {
  preview: ImportPreview;
  onRemap: (column: number, field: ParticipantField | null) => void;
  updating: boolean;
}) {
  const t = useT();
  const fields = Object.values(preview.mapping);
  const hasName = fields.some((f) => f === 'lastName' || f === 'firstName' || f === 'fullName');
  return (
    <section className="import-section" aria-labelledby="import-mapping" aria-busy={updating}>
      <h3 id="import-mapping">{t('import.mappingTitle')}</h3>
      <p className="muted">{t('import.mappingHint')}</p>
      {!hasName && (
        <p className="notice" role="alert">
          {t('import.noNameColumn')}
        </p>
      )}
      <table className="import-table">
        <thead>
          <tr>
            <th scope="col">{t('import.columnHeader')}</th>
            <th scope="col">{t('import.columnExamples')}</th>
            <th scope="col">{t('import.columnField')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.headers.map((header, index) => {
            const examples = preview.sample
              .map((row) => row.cells[index] ?? '')
              .filter((cell) => cell !== '')
              .slice(0, 3);
            const label = header || t('import.unnamedColumn', { number: index + 1 });
            const field = preview.mapping[String(index)] ?? null;
            return (
              <tr key={index} className={field === null ? 'import-table__off' : undefined}>
                <th scope="row">{label}</th>
                <td className="import-table__examples">
                  {examples.length === 0 ? (
                    <span className="muted">{t('import.noExample')}</span>
                  ) : (
                    examples.join(' · ')
                  )}
                </td>
                <td>
                  <select
                    aria-label={t('import.fieldFor', { column: label })}
                    value={field ?? ''}
                    onChange={(e) =>
                      onRemap(index, participantFields.find((f) => f === e.target.value) ?? null)
                    }
                  >
                    <option value="">{t('import.fieldNone')}</option>
                    {participantFields.map((f) => (
                      <option key={f} value={f}>
                        {t(`imports.field.${f}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function PeoplePreview({ preview }: { preview: ImportPreview }) {
  const t = useT();
  const people = preview.participants.slice(0, PREVIEW_PEOPLE);
  if (people.length === 0)
    return (
      <section className="import-section">
        <p className="notice notice--error">{t('import.nobodyRead')}</p>
      </section>
    );
  return (
    <section className="import-section" aria-labelledby="import-people">
      <h3 id="import-people">{t('import.peopleTitle', { count: preview.participants.length })}</h3>
      <table className="import-table import-table--people">
        <caption className="visually-hidden">
          {t('import.peopleCaption', { count: people.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('import.columnLine')}</th>
            <th scope="col">{t('participants.field.lastName')}</th>
            <th scope="col">{t('participants.field.firstName')}</th>
            <th scope="col">{t('participants.field.organisation')}</th>
            <th scope="col">{t('participants.field.role')}</th>
            <th scope="col">{t('participants.field.email')}</th>
            <th scope="col">{t('participants.field.territory')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td className="muted">{preview.lines[p.id]}</td>
              <th scope="row">{p.lastName}</th>
              <td>{p.firstName}</td>
              <td>{p.organisation}</td>
              <td>{p.role}</td>
              <td>{p.email}</td>
              <td>{p.territory}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.participants.length > people.length && (
        <p className="muted">
          {t('import.morePeople', { count: preview.participants.length - people.length })}
        </p>
      )}
    </section>
  );
}

function RowErrors({ preview }: { preview: ImportPreview }) {
  const t = useT();
  if (preview.errors.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby="import-errors">
      <h3 id="import-errors">{t('import.errorsTitle', { count: preview.errors.length })}</h3>
      <ul className="import-errors">
        {preview.errors.slice(0, SHOWN_ERRORS).map((error) => (
          <li key={error.line}>
            {t('import.errorLine', { line: error.line, reason: error.reason })}
          </li>
        ))}
      </ul>
      {preview.errors.length > SHOWN_ERRORS && (
        <p className="muted">
          {t('import.moreErrors', { count: preview.errors.length - SHOWN_ERRORS })}
        </p>
      )}
    </section>
  );
}

type Flag = ImportPreview['secondRegistrations'][number];

/** « Deuxième inscription pour Ville de Gennevilliers (déjà inscrit·e : Aïcha Benali). » */
function FlagText({ flag, preview }: { flag: Flag; preview: ImportPreview }) {
  const t = useT();
  const person = preview.participants.find((p) => p.id === flag.participantId);
  const organisation = person?.organisation ?? '';
  const firstPerson = flag.first.participant;
  const name = fullName(firstPerson) || t('participants.noName');
  // Written another way (« Mairie de… », « Ville de… »): say how, so the facilitator can check.
  const first =
    foldText(firstPerson.organisation) === foldText(organisation)
      ? name
      : t('import.firstElsewhere', { name, organisation: firstPerson.organisation });
  return (
    <p className="import-flag">
      {flag.rank === 2
        ? t('import.secondRegistration', { organisation, first })
        : t('import.nthRegistration', { rank: flag.rank, organisation, first })}
    </p>
  );
}

function SecondRegistrations({
  preview,
  decisions,
  onDecide,
}: {
  preview: ImportPreview;
  decisions: Record<number, DuplicateDecision>;
  onDecide: (line: number, decision: DuplicateDecision) => void;
}) {
  const t = useT();
  const [limit, setLimit] = useState(DUPLICATES_PAGE);
  const flags = secondsToDecide(preview);
  if (flags.length === 0) return null;
  const byId = new Map(preview.participants.map((p) => [p.id, p]));
  return (
    <section className="import-section" aria-labelledby="import-seconds">
      <h3 id="import-seconds">{t('import.secondsTitle', { count: flags.length })}</h3>
      <p className="muted">{t('import.secondsHint')}</p>
      <ul className="import-duplicates">
        {flags.slice(0, limit).map((flag) => {
          const person = byId.get(flag.participantId);
          const line = preview.lines[flag.participantId] ?? 0;
          const decision = decisions[line] ?? 'add';
          const who = [person ? fullName(person) : '', person?.organisation ?? '']
            .filter((part) => part !== '')
            .join(', ');
          return (
            <li key={flag.participantId}>
              <fieldset>
                <legend>{t('import.duplicateRow', { line, who })}</legend>
                <FlagText flag={flag} preview={preview} />
                <div className="import-decisions">
                  {(['add', 'skip'] as const).map((option) => (
                    <label key={option}>
                      <input
                        type="radio"
                        name={`second-${line}`}
                        checked={decision === option}
                        onChange={() => onDecide(line, option)}
                      />
                      {t(`import.secondDecision.${option}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {flags.length > limit && (
        <Button onClick={() => setLimit((l) => l + DUPLICATES_PAGE)}>
          {t('import.moreDuplicates', { count: Math.min(DUPLICATES_PAGE, flags.length - limit) })}
        </Button>
      )}
    </section>
  );
}

function Duplicates({
  preview,
  decisions,
  onDecide,
  onDecideAll,
}: {
  preview: ImportPreview;
  decisions: Record<number, DuplicateDecision>;
  onDecide: (line: number, decision: DuplicateDecision) => void;
  onDecideAll: (decision: DuplicateDecision) => void;
}) {
  const t = useT();
  const [limit, setLimit] = useState(DUPLICATES_PAGE);
  const items = preview.duplicates.flatMap(({ keep, duplicates }) =>
    duplicates.map((duplicate) => ({ keep, ...duplicate })),
  );
  if (items.length === 0) return null;
  const flags = new Map(preview.secondRegistrations.map((flag) => [flag.participantId, flag]));
  const describe = (p: Participant) =>
    [fullName(p) || t('participants.noName'), p.organisation, p.email]
      .filter((part) => part !== '')
      .join(', ');
  return (
    <section className="import-section" aria-labelledby="import-duplicates">
      <h3 id="import-duplicates">{t('import.duplicatesTitle', { count: items.length })}</h3>
      <p className="muted">{t('import.duplicatesHint')}</p>
      {items.length > 1 && (
        <div className="import-duplicates__all" role="group" aria-label={t('import.decideAll')}>
          <span>{t('import.decideAll')}</span>
          <Button variant="ghost" onClick={() => onDecideAll('merge')}>
            {t('import.decision.merge')}
          </Button>
          <Button variant="ghost" onClick={() => onDecideAll('skip')}>
            {t('import.decision.skip')}
          </Button>
        </div>
      )}
      <ul className="import-duplicates">
        {items.slice(0, limit).map(({ keep, participant, reasons, suggested }) => {
          const line = preview.lines[participant.id] ?? 0;
          const decision = decisions[line] ?? suggested;
          const keptLine = preview.lines[keep.participant.id];
          const reasonText = reasons.map((r) => t(`imports.duplicate.${r}`)).join(', ');
          return (
            <li key={participant.id}>
              <fieldset>
                <legend>{t('import.duplicateRow', { line, who: describe(participant) })}</legend>
                <p>
                  {keep.from === 'existing' || keptLine === undefined
                    ? t('import.sameAsExisting', {
                        who: describe(keep.participant),
                        reasons: reasonText,
                      })
                    : t('import.sameAsRow', {
                        who: describe(keep.participant),
                        line: keptLine,
                        reasons: reasonText,
                      })}
                </p>
                {flags.has(participant.id) && (
                  <FlagText flag={flags.get(participant.id)!} preview={preview} />
                )}
                <div className="import-decisions">
                  {(['merge', 'skip', 'add'] as const).map((option) => (
                    <label key={option}>
                      <input
                        type="radio"
                        name={`duplicate-${line}`}
                        checked={decision === option}
                        onChange={() => onDecide(line, option)}
                      />
                      {t(`import.decision.${option}`)}
                      {option === suggested && (
                        <span className="muted"> {t('import.suggested')}</span>
                      )}
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {items.length > limit && (
        <Button onClick={() => setLimit((l) => l + DUPLICATES_PAGE)}>
          {t('import.moreDuplicates', { count: Math.min(DUPLICATES_PAGE, items.length - limit) })}
        </Button>
      )}
    </section>
  );
}

type T = ReturnType<typeof useT>;

function summaryText(t: T, s: ImportSummary): string {
  const parts = [
    t('import.summaryAdded', { count: s.added }),
    t('import.summaryCompleted', { count: s.completed }),
  ];
  if (s.skipped > 0) parts.push(t('import.summarySkipped', { count: s.skipped }));
  if (s.secondsSkipped > 0)
    parts.push(t('import.summarySecondsSkipped', { count: s.secondsSkipped }));
  if (s.unread > 0) parts.push(t('import.summaryUnread', { count: s.unread }));
  return `${parts.join(' · ')}.`;
}

function importedMessage(t: T, s: ImportSummary): string {
  return s.completed > 0
    ? t('import.doneWithCompleted', {
        added: t('import.doneAdded', { count: s.added }),
        completed: t('import.summaryCompleted', { count: s.completed }),
      })
    : t('import.doneAdded', { count: s.added });
}
