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
import { NumberField } from '../../ui/NumberField';
import { CycleDatesFields, CycleRuleField, CycleTitleField } from './CycleFields';

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
      <CycleTitleField
        value={title}
        error={error}
        onChange={(value) => {
          setTitle(value);
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
      <CycleDatesFields
        dates={dates}
        isPrepared={(i) => Boolean(cycle.sessions[i]?.sessionId)}
        onChange={setDates}
      />
      <CycleRuleField checked={rule} hint={t('cycles.ruleEditHint')} onChange={setRule} />
    </Dialog>
  );
}
