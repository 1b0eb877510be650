/**
 * « Modifier le cycle »: its title, the dates still to come (a date moves, a session is added
 * or removed at the end — never one already prepared), and the rule for the sessions to come.
 */
import { useState } from 'react';
import type { CycleView } from '../../../shared/contract';
import { MAX_CYCLE_SESSIONS } from '../../../shared/model/cycle';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';

export type CycleChanges = {
  title: string;
  dates: (string | null)[];
  onePerOrganisation: boolean;
};

export function EditCycleDialog({
  view,
  onSave,
  onClose,
}: {
  view: CycleView;
  onSave: (changes: CycleChanges) => void;
  onClose: () => void;
}) {
  const t = useT();
  const { cycle } = view;
  const [title, setTitle] = useState(cycle.title);
  const [dates, setDates] = useState<(string | null)[]>(cycle.sessions.map((s) => s.date));
  const [rule, setRule] = useState(cycle.onePerOrganisation);
  const [error, setError] = useState<string | null>(null);
  const prepared = cycle.sessions.reduce((last, s, i) => (s.sessionId ? i + 1 : last), 0);

  const resize = (count: number) =>
    setDates(Array.from({ length: count }, (_, i) => dates[i] ?? null));

  const submit = () => {
    const name = title.replace(/\s+/g, ' ').trim();
    if (!name) return setError(t('cycles.titleRequired'));
    onSave({ title: name, dates, onePerOrganisation: rule });
  };

  return (
    <Dialog
      title={t('cycles.editDialogTitle')}
      onClose={onClose}
      onSubmit={submit}
      wide
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('cycles.save')}
          </Button>
        </>
      }
    >
      <TextField
        label={t('cycles.titleLabel')}
        value={title}
        maxLength={300}
        required
        aria-invalid={error ? true : undefined}
        hint={error ?? undefined}
        onChange={(e) => {
          setTitle(e.target.value);
          setError(null);
        }}
      />
      <NumberField
        label={t('cycles.countLabel')}
        hint={prepared > 1 ? t('cycles.countHint', { count: prepared }) : undefined}
        value={dates.length}
        min={Math.max(1, prepared)}
        max={MAX_CYCLE_SESSIONS}
        onValue={resize}
      />
      <fieldset className="new-cycle__dates">
        <legend>{t('cycles.datesLegend')}</legend>
        {dates.map((date, i) => (
          <TextField
            key={i}
            label={t('cycles.dateOf', { index: i + 1 })}
            type="date"
            value={date ?? ''}
            disabled={Boolean(cycle.sessions[i]?.sessionId)}
            hint={cycle.sessions[i]?.sessionId ? t('cycles.dateInSession') : undefined}
            onChange={(e) => setDates(dates.map((d, j) => (j === i ? e.target.value || null : d)))}
          />
        ))}
      </fieldset>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={rule}
            aria-describedby="edit-cycle-rule-hint"
            onChange={(e) => setRule(e.target.checked)}
          />
          {t('cycles.ruleLabel')}
        </label>
        <p id="edit-cycle-rule-hint" className="field__hint">
          {t('cycles.ruleEditHint')}
        </p>
      </div>
    </Dialog>
  );
}
