/** The fields « Nouveau cycle » and « Modifier le cycle » share: title, dates, the rule. */
import { useId } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/Field';

/** The cycle's title; `error` is shown under it (a title is required). */
export function CycleTitleField({
  value,
  error,
  placeholder,
  onChange,
}: {
  value: string;
  error: string | null;
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <TextField
      label={t('cycles.titleLabel')}
      value={value}
      placeholder={placeholder}
      maxLength={300}
      required
      aria-invalid={error ? true : undefined}
      hint={error ?? undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/**
 * The date of each session; a session already prepared keeps its date (changed in it).
 * `required`: every date must be set (a new cycle); otherwise a session to come may have none.
 */
export function CycleDatesFields({
  dates,
  required = false,
  isPrepared = () => false,
  onChange,
}: {
  dates: readonly (string | null)[];
  required?: boolean;
  isPrepared?: (index: number) => boolean;
  onChange: (dates: (string | null)[]) => void;
}) {
  const t = useT();
  return (
    <fieldset className="new-cycle__dates">
      <legend>{t('cycles.datesLegend')}</legend>
      {dates.map((date, i) => (
        <TextField
          key={i}
          label={t('cycles.dateOf', { index: i + 1 })}
          type="date"
          value={date ?? ''}
          required={required}
          disabled={isPrepared(i)}
          hint={isPrepared(i) ? t('cycles.dateInSession') : undefined}
          onChange={(e) => onChange(dates.map((d, j) => (j === i ? e.target.value || null : d)))}
        />
      ))}
    </fieldset>
  );
}

/** « Une seule inscription par organisation », with what it does under it. */
export function CycleRuleField({
  checked,
  hint,
  onChange,
}: {
  checked: boolean;
  hint: string;
  onChange: (checked: boolean) => void;
}) {
  const t = useT();
  const hintId = useId();
  return (
    <div className="field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.checked)}
        />
        {t('cycles.ruleLabel')}
      </label>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
    </div>
  );
}
