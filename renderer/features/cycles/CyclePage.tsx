/**
 * The cycle view: its sessions with dates and status (open one, prepare the next), who came to
 * which session (attendance matrix), the next steps across the cycle, and its minutes.
 */
import { useState } from 'react';
import type { CycleView } from '../../../shared/contract';
import type { MatrixCell } from '../../../shared/cycles/attendanceMatrix';
import type { SlotStatus } from '../../../shared/cycles/cycleView';
import { formatLongDate, formatShortDate } from '../../../shared/i18n/formatDate';
import type { PlainMessageKey } from '../../../shared/i18n/t';
import { useApi } from '../../api/ApiProvider';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { Link } from '../../router/Link';
import { navigate, paths } from '../../router/router';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { useAppReady } from '../../ui/useAppReady';
import { ErrorNotice } from '../errors/ErrorNotice';
import { useErrorText } from '../errors/useErrorText';
import { download } from '../exports/useExport';
import { EditCycleDialog, type CycleChanges } from './EditCycleDialog';
import { useCycle } from './useCycle';
import './cycles.css';

const statusLabels: Record<SlotStatus, PlainMessageKey> = {
  toPrepare: 'cycles.status.toPrepare',
  prepared: 'cycles.status.prepared',
  held: 'cycles.status.held',
  missing: 'cycles.status.missing',
};

const cellLabels: Record<MatrixCell, PlainMessageKey> = {
  present: 'cycles.matrix.present',
  absent: 'cycles.matrix.absent',
  excused: 'cycles.matrix.excused',
  unknown: 'cycles.matrix.unknown',
  none: 'cycles.matrix.none',
};

/** Said to screen readers for a « — » cell. */
const cellNames: Partial<Record<MatrixCell, PlainMessageKey>> = {
  unknown: 'cycles.matrix.noAnswer',
  none: 'cycles.matrix.notRegistered',
};

const actionStatus = {
  open: 'actions.status.open',
  done: 'actions.status.done',
  dropped: 'actions.status.dropped',
} as const satisfies Record<string, PlainMessageKey>;

export function CyclePage({ id }: { id: string }) {
  const t = useT();
  const [data, replace] = useCycle(id);
  useAppReady(data.status !== 'loading');
  return (
    <main id="content" className="page cycle-page">
      <Link to={paths.library()} className="session__back">
        {t('cycles.back')}
      </Link>
      {data.status === 'error' && <ErrorNotice error={data.error} />}
      {data.status === 'ready' && <Cycle view={data.view} onView={replace} />}
    </main>
  );
}

function Cycle({ view, onView }: { view: CycleView; onView: (view: CycleView) => void }) {
  const t = useT();
  const locale = useLocale();
  const api = useApi();
  const toast = useToast();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<'prepare' | 'minutes' | 'edit' | null>(null);
  const [editing, setEditing] = useState(false);
  const { cycle, slots, matrix, actions } = view;
  const slotName = (index: number) => t('cycles.slot', { index: index + 1 });

  async function prepareNext() {
    setBusy('prepare');
    const prepared = await api.call('cycles.prepareNext', { id: cycle.id });
    setBusy(null);
    if (!prepared.ok) return toast(errorText(prepared.error));
    toast(t('cycles.preparedToast', { index: prepared.value.index + 1 }), {
      label: t('cycles.openSession', { index: prepared.value.index + 1 }),
      run: () => navigate(paths.session(prepared.value.sessionId)),
    });
    const fresh = await api.call('cycles.get', { id: cycle.id });
    if (fresh.ok) onView(fresh.value);
  }

  async function save(changes: CycleChanges) {
    setEditing(false);
    setBusy('edit');
    const updated = await api.call('cycles.update', { id: cycle.id, ...changes });
    setBusy(null);
    if (!updated.ok) return toast(errorText(updated.error));
    onView(updated.value);
    toast(t('cycles.saved'));
  }

  async function exportMinutes() {
    setBusy('minutes');
    const result = await api.call('cycles.exportMinutes', { id: cycle.id });
    setBusy(null);
    if (!result.ok) return toast(errorText(result.error));
    if (result.value.status === 'cancelled') return;
    if (result.value.downloadId) download(result.value.downloadId, result.value.fileName);
    toast(t('cycles.minutesSaved', { path: result.value.path }));
  }

  return (
    <>
      <header className="page__header">
        <h1>{cycle.title}</h1>
        <div className="cycle-page__tools">
          {view.canPrepareNext && (
            <Button variant="primary" disabled={busy !== null} onClick={() => void prepareNext()}>
              {t('cycles.prepareNext')}
            </Button>
          )}
          <Button disabled={busy !== null} onClick={() => void exportMinutes()}>
            {t('cycles.minutes')}
          </Button>
          <Button variant="ghost" disabled={busy !== null} onClick={() => setEditing(true)}>
            {t('cycles.edit')}
          </Button>
        </div>
      </header>
      {cycle.onePerOrganisation && <p className="muted">{t('cycles.ruleOn')}</p>}
      {editing && (
        <EditCycleDialog
          view={view}
          onSave={(changes) => void save(changes)}
          onClose={() => setEditing(false)}
        />
      )}

      <section aria-labelledby="cycle-sessions">
        <h2 id="cycle-sessions">{t('cycles.sessionsHeading')}</h2>
        <table className="cycle-table">
          <thead>
            <tr>
              <th scope="col">{t('cycles.column.session')}</th>
              <th scope="col">{t('cycles.column.date')}</th>
              <th scope="col">{t('cycles.column.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('cycles.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {slots.map((slot) => (
              <tr key={slot.index}>
                <th scope="row">
                  {slotName(slot.index)}
                  {slot.title && <div className="muted">{slot.title}</div>}
                </th>
                <td>
                  {slot.date ? (
                    formatLongDate(slot.date, locale)
                  ) : (
                    <span className="muted">{t('cycles.noDate')}</span>
                  )}
                </td>
                <td>
                  <span className={`cycle-status cycle-status--${slot.status}`}>
                    {t(statusLabels[slot.status])}
                  </span>
                </td>
                <td>
                  {slot.sessionId && slot.status !== 'missing' && (
                    <Link to={paths.session(slot.sessionId)}>
                      {t('cycles.openSession', { index: slot.index + 1 })}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="cycle-matrix">
        <h2 id="cycle-matrix">{t('cycles.matrixHeading')}</h2>
        {matrix.rows.length === 0 ? (
          <p className="muted">{t('cycles.matrix.empty')}</p>
        ) : (
          <table className="cycle-table">
            <caption>{t('cycles.matrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cycles.matrix.person')}</th>
                {matrix.columns.map((index) => {
                  const date = slots[index]?.date;
                  return (
                    <th key={index} scope="col" className="cycle-table__number">
                      {slotName(index)}
                      {date && <div className="muted">{formatShortDate(date, locale)}</div>}
                    </th>
                  );
                })}
                <th scope="col" className="cycle-table__number">
                  {t('cycles.matrix.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row, r) => (
                <tr key={r}>
                  <th scope="row">
                    {row.name || t('common.untitled')}
                    {row.organisation && <div className="muted">{row.organisation}</div>}
                  </th>
                  {row.cells.map((cell, c) => {
                    const name = cellNames[cell];
                    return (
                      <td key={c} className={`cycle-table__number matrix-cell--${cell}`}>
                        <span aria-hidden={name ? true : undefined}>{t(cellLabels[cell])}</span>
                        {name && <span className="visually-hidden">{t(name)}</span>}
                      </td>
                    );
                  })}
                  <td className="cycle-table__number">{row.present}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('cycles.matrix.totalRow')}</th>
                {matrix.presentBySession.map((count, c) => (
                  <td key={c} className="cycle-table__number">
                    {count}
                  </td>
                ))}
                <td />
              </tr>
            </tfoot>
          </table>
        )}
      </section>

      <section aria-labelledby="cycle-actions">
        <h2 id="cycle-actions">{t('cycles.actionsHeading')}</h2>
        {actions.length === 0 ? (
          <p className="muted">{t('cycles.actions.empty')}</p>
        ) : (
          <table className="cycle-table">
            <caption>{t('cycles.actionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cycles.actions.text')}</th>
                <th scope="col">{t('cycles.actions.owner')}</th>
                <th scope="col">{t('cycles.actions.due')}</th>
                <th scope="col">{t('cycles.actions.status')}</th>
                <th scope="col">{t('cycles.actions.createdIn')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action, i) => (
                <tr key={i}>
                  <th scope="row">{action.text}</th>
                  <td>{action.owner}</td>
                  <td>{action.due ? formatLongDate(action.due, locale) : ''}</td>
                  <td>{t(actionStatus[action.status])}</td>
                  <td>{slotName(action.createdIn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
