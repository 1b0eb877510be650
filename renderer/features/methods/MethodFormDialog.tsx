/**
 * The words of a personal method: its title, short description and instructions. Saving a part
 * of the agenda as a method also asks which sequences to keep (checkboxes, in agenda order).
 */
import { useState } from 'react';
import type { Sequence } from '../../../shared/model/agenda';
import { formatDuration } from '../../../shared/i18n/formatDuration';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextArea, TextField } from '../../ui/Field';

export type MethodWords = { title: string; description: string; instructions: string };

export function MethodFormDialog({
  title,
  initial,
  sequences,
  initialSelection = [],
  error,
  onSubmit,
  onClose,
}: {
  title: string;
  initial: MethodWords;
  /** When saving from the agenda: the sequences to choose from. */
  sequences?: readonly Sequence[];
  initialSelection?: readonly string[];
  /** Why the last attempt failed, in words. */
  error?: string | null;
  onSubmit: (words: MethodWords, sequenceIds: string[]) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [words, setWords] = useState(initial);
  const [selected, setSelected] = useState<string[]>([...initialSelection]);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (field: keyof MethodWords) => (value: string) =>
    setWords((w) => ({ ...w, [field]: value }));

  const submit = () => {
    if (sequences && selected.length === 0) return setProblem(t('methods.needSequence'));
    if (words.title.trim() === '') return setProblem(t('methods.needTitle'));
    setProblem(null);
    const ids = sequences ? sequences.filter((s) => selected.includes(s.id)).map((s) => s.id) : [];
    onSubmit(
      {
        title: words.title.trim(),
        description: words.description.trim(),
        instructions: words.instructions.trim(),
      },
      ids,
    );
  };

  const message = problem ?? error ?? null;
  return (
    <Dialog
      title={title}
      wide={Boolean(sequences)}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('methods.save')}
          </Button>
        </>
      }
    >
      <div className={sequences ? 'method-form method-form--with-sequences' : 'method-form'}>
        {sequences && (
          <fieldset className="method-form__sequences">
            <legend>{t('methods.chooseSequences')}</legend>
            <p className="field__hint">{t('methods.chooseHint')}</p>
            <ul>
              {sequences.map((s) => (
                <li key={s.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.includes(s.id)}
                      onChange={(e) =>
                        setSelected((ids) =>
                          e.target.checked ? [...ids, s.id] : ids.filter((id) => id !== s.id),
                        )
                      }
                    />
                    <span>{s.title || t('agenda.untitled')}</span>
                    <span className="method-form__duration">
                      {formatDuration(s.durationMin, t)}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <div className="method-form__words">
          <TextField
            label={t('methods.field.title')}
            value={words.title}
            maxLength={300}
            onChange={(e) => set('title')(e.target.value)}
            autoFocus={!sequences}
          />
          <TextField
            label={t('methods.field.description')}
            hint={t('methods.field.descriptionHint')}
            value={words.description}
            maxLength={2000}
            onChange={(e) => set('description')(e.target.value)}
          />
          <TextArea
            label={t('methods.field.instructions')}
            value={words.instructions}
            maxLength={20000}
            rows={6}
            onChange={(e) => set('instructions')(e.target.value)}
          />
        </div>
      </div>
      {message && (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      )}
    </Dialog>
  );
}
