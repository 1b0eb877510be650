/**
 * A whole number typed freely: what is typed stays on screen, and only a valid number within
 * bounds is passed on (an emptied field while typing "12" changes nothing).
 */
import { useId, useState } from 'react';

export function NumberField({
  label,
  value,
  min,
  max,
  onChange,
  disabled,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // Changed elsewhere (undo, another window): show the new value.
    setShown(value);
    setText(String(value));
  }
  return (
    <div className="field field--number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={text}
        disabled={disabled}
        onChange={(event) => {
          setText(event.target.value);
          const number = Number(event.target.value);
          if (
            event.target.value !== '' &&
            Number.isInteger(number) &&
            number >= min &&
            number <= max
          ) {
            setShown(number);
            onChange(number);
          }
        }}
        onBlur={() => setText(String(value))}
      />
    </div>
  );
}
