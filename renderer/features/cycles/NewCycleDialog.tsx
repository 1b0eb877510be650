/**
 * « Nouveau cycle »: a title, the template of each session, how many sessions from which date
 * and how often (4 sessions every 2 weeks unless changed), each date editable, and the rule.
 */
import { useState } from 'react';
import type { TemplateSummary } from '../../../shared/contract';
import { cycleDates } from '../../../shared/cycles/cycleDates';
import { MAX_CYCLE_SESSIONS } from '../../../shared/model/cycle';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import { CycleDatesFields, CycleRuleField, CycleTitleField } from './CycleFields';

export type NewCycle = {
  title: string;
  templateId: string | null;
  dates: string[];
  onePerOrganisation: boolean;
};

const CO_DEVELOPMENT = 'cycle-codeveloppement';

/** Today in the computer's time zone, as a calendar date. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function NewCycleDialog({
  templates,
  onCreate,
  onClose,
}: {
  templates: TemplateSummary[];
  onCreate: (request: NewCycle) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState<string | null>(
    templates.some((x) => x.id === CO_DEVELOPMENT) ? CO_DEVELOPMENT : (templates[0]?.id ?? null),
  );
  const [count, setCount] = useState(4);
  const [first, setFirst] = useState(today);
  const [interval, setInterval] = useState(2);
  const [dates, setDates] = useState(() => cycleDates(today(), 4, 2));
  const [rule, setRule] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const plan = (next: { count?: number; first?: string; interval?: number }) => {
    const c = next.count ?? count;
    const f = next.first ?? first;
    const i = next.interval ?? interval;
    setCount(c);
    setFirst(f);
    setInterval(i);
    if (f) setDates(cycleDates(f, c, i));
  };

  const submit = () => {
    const name = title.replace(/\s+/g, ' ').trim();
    if (!name) return setError(t('cycles.titleRequired'));
    if (dates.length === 0 || dates.some((d) => !d)) return;
    onCreate({ title: name, templateId, dates, onePerOrganisation: rule });
  };

  const choices = [
    ...templates,
    { id: null, title: t('cycles.noTemplate'), description: '', sequenceCount: 0 },
  ];

  return (
    <Dialog
      title={t('cycles.createDialogTitle')}
      onClose={onClose}
      onSubmit={submit}
      wide
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('cycles.create')}
          </Button>
        </>
      }
    >
      <CycleTitleField
        value={title}
        error={error}
        placeholder={t('cycles.titlePlaceholder')}
        onChange={(value) => {
          setTitle(value);
          setError(null);
        }}
      />
      <fieldset className="template-choice">
        <legend>{t('cycles.templateLabel')}</legend>
        {choices.map((choice) => (
          <label key={choice.id ?? 'none'} className="template-choice__option">
            <input
              type="radio"
              name="cycle-template"
              checked={templateId === choice.id}
              onChange={() => setTemplateId(choice.id)}
            />
            <span>
              <strong>{choice.title}</strong>
              {choice.description && (
                <span className="template-choice__description">{choice.description}</span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="new-cycle__plan">
        <NumberField
          label={t('cycles.countLabel')}
          value={count}
          min={1}
          max={MAX_CYCLE_SESSIONS}
          onValue={(value) => plan({ count: value })}
        />
        <TextField
          label={t('cycles.firstDateLabel')}
          type="date"
          value={first}
          required
          onChange={(e) => plan({ first: e.target.value })}
        />
        <NumberField
          label={t('cycles.intervalLabel')}
          value={interval}
          min={1}
          max={12}
          onValue={(value) => plan({ interval: value })}
        />
      </div>
      <CycleDatesFields
        dates={dates}
        required
        onChange={(next) => setDates(next.map((d) => d ?? ''))}
      />
      <CycleRuleField checked={rule} hint={t('cycles.ruleHint')} onChange={setRule} />
    </Dialog>
  );
}
