/** Which sequence of the agenda something belongs to (a board, a next step, a photo), or none. */
import type { Sequence } from '../../../shared/model/agenda';
import { SelectField } from '../../ui/SelectField';

export function SequenceSelect({
  label,
  noneLabel,
  agenda,
  value,
  onChange,
}: {
  label: string;
  /** The first choice: outside the agenda. */
  noneLabel: string;
  agenda: readonly Pick<Sequence, 'id' | 'title'>[];
  value: string | null;
  onChange: (sequenceId: string | null) => void;
}) {
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || null)}
    >
      <option value="">{noneLabel}</option>
      {agenda.map((s) => (
        <option key={s.id} value={s.id}>
          {s.title}
        </option>
      ))}
    </SelectField>
  );
}
