/**
 * « Insérer une méthode »: the methods of the library (shipped, then personal) with their total
 * and description; the chosen one's sequences with their durations, groups and boards, and its
 * instructions; where it goes in the agenda. A personal method can be edited or deleted here.
 */
import { useState } from 'react';
import type { MethodSummary } from '../../../shared/contract';
import { formatDuration } from '../../../shared/i18n/formatDuration';
import { sequenceMinutes } from '../../../shared/model/method';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useErrorText } from '../errors/useErrorText';
import type { MethodsData } from './useMethods';

export type InsertPlace = 'after' | 'end';

export function InsertMethodDialog({
  data,
  initialMethodId,
  afterTitle,
  onInsert,
  onEdit,
  onDelete,
  onClose,
  readOnly,
}: {
  data: MethodsData;
  initialMethodId?: string | null;
  /** The sequence open in the agenda, after which the method can go; null when none is. */
  afterTitle: string | null;
  onInsert: (method: MethodSummary, place: InsertPlace) => void;
  onEdit: (method: MethodSummary) => void;
  onDelete: (method: MethodSummary) => void;
  onClose: () => void;
  readOnly: boolean;
}) {
  const t = useT();
  const errorText = useErrorText();
  const methods = data.status === 'ready' ? data.methods : [];
  const [chosenId, setChosenId] = useState<string | null>(initialMethodId ?? null);
  const chosen = methods.find((m) => m.id === chosenId) ?? methods[0] ?? null;
  const [place, setPlace] = useState<InsertPlace>(afterTitle === null ? 'end' : 'after');
  const [confirming, setConfirming] = useState(false);

  const option = (method: MethodSummary) => (
    <label key={method.id} className="method-choice__option">
      <input
        type="radio"
        name="method"
        checked={chosen?.id === method.id}
        onChange={() => {
          setChosenId(method.id);
          setConfirming(false);
        }}
      />
      <span>
        <strong>{method.title}</strong>
        <span className="method-choice__total">{formatDuration(method.totalMin, t)}</span>
        {method.description && (
          <span className="method-choice__description">{method.description}</span>
        )}
      </span>
    </label>
  );
  const builtin = methods.filter((m) => m.source === 'builtin');
  const personal = methods.filter((m) => m.source === 'personal');

  return (
    <Dialog
      title={t('methods.insertTitle')}
      wide
      onClose={onClose}
      onSubmit={() => chosen && !readOnly && onInsert(chosen, place)}
      actions={
        <>
          <fieldset className="method-place">
            <legend>{t('methods.where')}</legend>
            {afterTitle !== null && (
              <label>
                <input
                  type="radio"
                  name="place"
                  checked={place === 'after'}
                  onChange={() => setPlace('after')}
                />
                {t('methods.whereAfter', { title: afterTitle })}
              </label>
            )}
            <label>
              <input
                type="radio"
                name="place"
                checked={place === 'end'}
                onChange={() => setPlace('end')}
              />
              {t('methods.whereEnd')}
            </label>
          </fieldset>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={!chosen || readOnly}>
            {t('methods.insert')}
          </Button>
        </>
      }
    >
      {data.status === 'loading' && <p className="muted">{t('methods.loading')}</p>}
      {data.status === 'error' && (
        <p className="notice notice--error" role="alert">
          {errorText(data.error)}
        </p>
      )}
      {data.status === 'ready' && (
        <div className="methods">
          <fieldset className="method-choice">
            <legend>{t('methods.listLabel')}</legend>
            <p className="method-choice__group">{t('methods.builtin')}</p>
            {builtin.map(option)}
            <p className="method-choice__group">{t('methods.personal')}</p>
            {personal.length === 0 ? (
              <p className="field__hint">{t('methods.noPersonal')}</p>
            ) : (
              personal.map(option)
            )}
            {data.damaged.length > 0 && (
              <p className="notice">
                {t('methods.damaged', {
                  count: data.damaged.length,
                  files: data.damaged.map((d) => d.file).join(', '),
                })}
              </p>
            )}
          </fieldset>
          {chosen && (
            <section
              className="method-details"
              aria-label={t('methods.details', { title: chosen.title })}
            >
              <h3 className="method-details__title">{chosen.title}</h3>
              <p className="method-details__summary">
                {t('methods.total', { total: formatDuration(chosen.totalMin, t) })}
                {' · '}
                {t('methods.sequenceCount', { count: chosen.sequences.length })}
              </p>
              <ol className="method-details__sequences">
                {chosen.sequences.map((s, index) => (
                  <li key={index}>
                    <span className="method-details__sequence">
                      <span>{s.title}</span>
                      <span className="method-details__duration">
                        {s.rounds
                          ? `${t('agenda.roundsBadge', {
                              count: s.rounds.count,
                              round: formatDuration(s.rounds.roundMin, t),
                            })} · `
                          : ''}
                        {formatDuration(sequenceMinutes(s), t)}
                      </span>
                    </span>
                    {(s.groupingPlan || s.boards.length > 0) && (
                      <span className="method-details__extras">
                        {[
                          s.groupingPlan &&
                            (s.groupingPlan.rounds > 1
                              ? t('methods.groupingPlanRounds', {
                                  size: s.groupingPlan.size,
                                  rounds: s.groupingPlan.rounds,
                                })
                              : t('methods.groupingPlan', { size: s.groupingPlan.size })),
                          ...s.boards.map((b) => t('methods.board', { title: b.title })),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
              {chosen.instructions && (
                <>
                  <h4 className="method-details__heading">{t('methods.instructions')}</h4>
                  <p className="method-details__instructions">{chosen.instructions}</p>
                </>
              )}
              {chosen.source === 'personal' && !confirming && (
                <div className="method-details__actions">
                  <Button onClick={() => onEdit(chosen)}>{t('methods.edit')}</Button>
                  <Button variant="danger" onClick={() => setConfirming(true)}>
                    {t('methods.delete')}
                  </Button>
                </div>
              )}
              {chosen.source === 'personal' && confirming && (
                <div className="notice method-details__confirm" role="group">
                  <p>{t('methods.deleteConfirm', { title: chosen.title })}</p>
                  <div className="method-details__actions">
                    <Button autoFocus onClick={() => setConfirming(false)}>
                      {t('common.cancel')}
                    </Button>
                    <Button
                      variant="danger"
                      onClick={() => {
                        setConfirming(false);
                        setChosenId(null);
                        onDelete(chosen);
                      }}
                    >
                      {t('methods.deleteYes')}
                    </Button>
                  </div>
                </div>
              )}
            </section>
          )}
        </div>
      )}
    </Dialog>
  );
}
