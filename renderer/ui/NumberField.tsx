/**
 * A number typed in place: what is being typed is kept while the field has the focus (an empty
 * field, "1" on the way to "15"), and only a number within bounds is passed on; with `integer`,
 * only a whole one.
 */
import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  label: string;
  hint?: ReactNode;
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  onValue: (value: number) => void;
};

export function NumberField({ label, hint, value, min, max, integer, onValue, ...input }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
        value={draft ?? String(value)}
        onFocus={(e) => {
          setDraft(String(value));
          input.onFocus?.(e);
        }}
        onBlur={(e) => {
          setDraft(null);
          input.onBlur?.(e);
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          const number = e.target.valueAsNumber;
          const valid = integer ? Number.isInteger(number) : Number.isFinite(number);
          if (valid && number >= min && number <= max && number !== value) onValue(number);
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
