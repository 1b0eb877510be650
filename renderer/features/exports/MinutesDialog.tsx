/**
 * Choosing what the minutes hold before exporting them: each part and each piece of the
 * sequence chapters can be left out, names can be replaced by counts by organisation, and the
 * outline beside the switches shows the document those choices make.
 */
import { useMemo, useState } from 'react';
import { minutesDocument, outline } from '../../../shared/documents/minutes/minutesDocument';
import {
  chapterPartIds,
  defaultMinutesOptions,
  minutesPartIds,
  type ChapterPartId,
  type MinutesOptions,
  type MinutesPartId,
} from '../../../shared/documents/minutes/minutesOptions';
import type { PlainMessageKey } from '../../../shared/i18n/t';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useSessionState } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

const partLabels: Record<MinutesPartId, PlainMessageKey> = {
  cover: 'minutesDialog.part.cover',
  summary: 'minutesDialog.part.summary',
  agenda: 'minutesDialog.part.agenda',
  sequences: 'minutesDialog.part.sequences',
  nextSteps: 'minutesDialog.part.nextSteps',
  participants: 'minutesDialog.part.participants',
};

const chapterLabels: Record<ChapterPartId, PlainMessageKey> = {
  prompt: 'minutesDialog.chapter.prompt',
  groups: 'minutesDialog.chapter.groups',
  notes: 'minutesDialog.chapter.notes',
  keywords: 'minutesDialog.chapter.keywords',
  photos: 'minutesDialog.chapter.photos',
  steps: 'minutesDialog.chapter.steps',
};

/** The machine's zone: the laptop is in the room where the seminar takes place. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function MinutesDialog({
  busy,
  onExport,
  onClose,
}: {
  busy: boolean;
  onExport: (options: MinutesOptions) => void;
  onClose: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const session = useSessionState((s) => s.session);
  const [options, setOptions] = useState<MinutesOptions>(defaultMinutesOptions);
  const entries = useMemo(
    () => outline(minutesDocument(session, { t, locale, options, timeZone })),
    [session, t, locale, options],
  );
  const setPart = (part: MinutesPartId, on: boolean) =>
    setOptions((o) => ({ ...o, parts: { ...o.parts, [part]: on } }));
  const setChapter = (part: ChapterPartId, on: boolean) =>
    setOptions((o) => ({ ...o, chapter: { ...o.chapter, [part]: on } }));
  const nothing = !Object.values(options.parts).some(Boolean);

  return (
    <Dialog
      title={t('minutesDialog.title')}
      onClose={onClose}
      onSubmit={() => !nothing && !busy && onExport(options)}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy || nothing}>
            {busy ? t('exports.working') : t('exports.export')}
          </Button>
        </>
      }
    >
      <div className="minutes-dialog">
        <div className="minutes-dialog__choices">
          <fieldset>
            <legend>{t('minutesDialog.parts')}</legend>
            {minutesPartIds.map((part) => (
              <label key={part} className="check">
                <input
                  type="checkbox"
                  checked={options.parts[part]}
                  onChange={(e) => setPart(part, e.target.checked)}
                />
                {t(partLabels[part])}
              </label>
            ))}
          </fieldset>
          <fieldset disabled={!options.parts.sequences}>
            <legend>{t('minutesDialog.chapters')}</legend>
            {chapterPartIds.map((part) => (
              <label key={part} className="check">
                <input
                  type="checkbox"
                  checked={options.chapter[part]}
                  onChange={(e) => setChapter(part, e.target.checked)}
                />
                {t(chapterLabels[part])}
              </label>
            ))}
          </fieldset>
          <label className="check check--strong">
            <input
              type="checkbox"
              checked={options.anonymise}
              aria-describedby="minutes-anonymise-hint"
              onChange={(e) => setOptions((o) => ({ ...o, anonymise: e.target.checked }))}
            />
            {t('minutesDialog.anonymise')}
          </label>
          <p id="minutes-anonymise-hint" className="field__hint">
            {t('minutesDialog.anonymiseHint')}
          </p>
        </div>
        <section className="minutes-dialog__preview" aria-labelledby="minutes-outline-title">
          <h3 id="minutes-outline-title">{t('minutesDialog.outline')}</h3>
          {nothing ? (
            <p className="muted">{t('minutesDialog.nothing')}</p>
          ) : (
            <ul aria-label={t('minutesDialog.outline')}>
              {options.parts.cover && (
                <li className="outline--1">{t('minutesDialog.part.cover')}</li>
              )}
              {entries
                .filter((entry) => entry.level < 3)
                .map((entry, i) => (
                  <li key={i} className={`outline--${entry.level}`}>
                    {entry.text}
                  </li>
                ))}
            </ul>
          )}
        </section>
      </div>
    </Dialog>
  );
}
