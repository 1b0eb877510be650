/** Everything about one sequence, edited in place: each keystroke is an operation (undo groups them). */
import { useEffect, useId, useRef } from 'react';
import {
  roundsTotalMin,
  sequenceKinds,
  type Sequence,
  type SequencePatch,
} from '../../../shared/model/agenda';
import { minutesToClockTime } from '../../../shared/model/time';
import { formatDuration } from '../../../shared/i18n/formatDuration';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch } from '../../store/SessionProvider';
import { TextArea, TextField } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';

export function SequenceFields({
  sequence,
  plannedStartMin,
  readOnly,
  focusTitle,
  id,
}: {
  sequence: Sequence;
  plannedStartMin: number;
  readOnly: boolean;
  /** Just added: the title is selected, ready to be typed over. */
  focusTitle: boolean;
  id: string;
}) {
  const t = useT();
  const dispatch = useDispatch();
  const kindId = useId();
  const pinnedId = useId();
  const roundsId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const update = (fields: SequencePatch) =>
    dispatch({ type: 'agenda.update', id: sequence.id, fields });

  useEffect(() => {
    if (!focusTitle) return;
    titleRef.current?.focus();
    titleRef.current?.select();
  }, [focusTitle]);

  const rounds = sequence.rounds;
  return (
    <div className="sequence-fields" id={id}>
      <div className="sequence-fields__main">
        <div className="field">
          <label htmlFor={kindId}>{t('agenda.field.kind')}</label>
          <select
            id={kindId}
            value={sequence.kind}
            disabled={readOnly}
            onChange={(e) => update({ kind: e.target.value as Sequence['kind'] })}
          >
            {sequenceKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`agenda.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          ref={titleRef}
          label={t('agenda.field.title')}
          className="sequence-fields__title"
          value={sequence.title}
          maxLength={300}
          readOnly={readOnly}
          onChange={(e) => update({ title: e.target.value })}
        />
        <NumberField
          label={t('agenda.field.duration')}
          value={sequence.durationMin}
          min={0}
          max={1440}
          step={1}
          readOnly={readOnly || rounds !== null}
          hint={rounds ? t('agenda.field.durationFromRounds') : undefined}
          onValue={(durationMin) => update({ durationMin })}
        />
        <div className="field">
          <span className="checkbox">
            <input
              id={pinnedId}
              type="checkbox"
              checked={sequence.pinnedStart !== null}
              disabled={readOnly}
              onChange={(e) =>
                update({
                  pinnedStart: e.target.checked ? minutesToClockTime(plannedStartMin) : null,
                })
              }
            />
            <label htmlFor={pinnedId}>{t('agenda.field.pinned')}</label>
          </span>
          {sequence.pinnedStart !== null && (
            <input
              type="time"
              aria-label={t('agenda.field.pinnedStart')}
              value={sequence.pinnedStart}
              readOnly={readOnly}
              onChange={(e) => e.target.value && update({ pinnedStart: e.target.value })}
            />
          )}
        </div>
      </div>
      <TextField
        label={t('agenda.field.speakers')}
        value={sequence.speakers}
        maxLength={500}
        readOnly={readOnly}
        onChange={(e) => update({ speakers: e.target.value })}
      />
      <TextArea
        label={t('agenda.field.prompt')}
        hint={t('agenda.field.promptHint')}
        value={sequence.prompt}
        rows={2}
        maxLength={5000}
        readOnly={readOnly}
        onChange={(e) => update({ prompt: e.target.value })}
      />
      <TextArea
        label={t('agenda.field.instructions')}
        value={sequence.instructions}
        rows={3}
        maxLength={20000}
        readOnly={readOnly}
        onChange={(e) => update({ instructions: e.target.value })}
      />
      <TextArea
        label={t('agenda.field.notes')}
        hint={t('agenda.field.notesHint')}
        value={sequence.facilitatorNotes}
        rows={2}
        maxLength={20000}
        readOnly={readOnly}
        onChange={(e) => update({ facilitatorNotes: e.target.value })}
      />
      <fieldset
        className={`sequence-fields__rounds${rounds ? ' sequence-fields__rounds--on' : ''}`}
      >
        <legend className="checkbox">
          <input
            id={roundsId}
            type="checkbox"
            checked={rounds !== null}
            disabled={readOnly}
            onChange={(e) =>
              update({ rounds: e.target.checked ? { count: 4, roundMin: 20, changeMin: 2 } : null })
            }
          />
          <label htmlFor={roundsId}>{t('agenda.field.rounds')}</label>
        </legend>
        {rounds && (
          <div className="sequence-fields__grid">
            <NumberField
              label={t('agenda.field.roundCount')}
              value={rounds.count}
              min={1}
              max={20}
              step={1}
              readOnly={readOnly}
              onValue={(count) =>
                Number.isInteger(count) && update({ rounds: { ...rounds, count } })
              }
            />
            <NumberField
              label={t('agenda.field.roundMin')}
              value={rounds.roundMin}
              min={1}
              max={600}
              readOnly={readOnly}
              onValue={(roundMin) => update({ rounds: { ...rounds, roundMin } })}
            />
            <NumberField
              label={t('agenda.field.changeMin')}
              value={rounds.changeMin}
              min={0}
              max={60}
              readOnly={readOnly}
              onValue={(changeMin) => update({ rounds: { ...rounds, changeMin } })}
            />
            <p className="sequence-fields__total muted">
              {formatDuration(roundsTotalMin(rounds), t)}
            </p>
          </div>
        )}
      </fieldset>
    </div>
  );
}
