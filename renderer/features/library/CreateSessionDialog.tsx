import { useState } from 'react';
import type { TemplateSummary } from '../../../shared/contract';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';

export type NewSession = { templateId: string | null; title: string; date: string };

export function CreateSessionDialog({
  templates,
  initialTemplateId,
  onCreate,
  onClose,
}: {
  templates: TemplateSummary[];
  initialTemplateId: string | null;
  onCreate: (request: NewSession) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [templateId, setTemplateId] = useState<string | null>(initialTemplateId);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const choices = [
    { id: null, title: t('template.blank'), description: t('template.blank.description') },
    ...templates,
  ];
  return (
    <Dialog
      title={t('library.createDialogTitle')}
      onClose={onClose}
      onSubmit={() => onCreate({ templateId, title: title.trim(), date })}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('library.create')}
          </Button>
        </>
      }
    >
      <fieldset className="template-choice">
        <legend>{t('library.templateLabel')}</legend>
        {choices.map((choice) => (
          <label key={choice.id ?? 'blank'} className="template-choice__option">
            <input
              type="radio"
              name="template"
              checked={templateId === choice.id}
              onChange={() => setTemplateId(choice.id)}
            />
            <span>
              <strong>{choice.title}</strong>
              <span className="template-choice__description">{choice.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('library.titleLabel')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={300}
      />
      <TextField
        label={t('library.dateLabel')}
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
    </Dialog>
  );
}
