/** The session's header, edited in place: every keystroke is an operation (undo groups them). */
import { useState } from 'react';
import { formatLongDate } from '../../../shared/i18n/formatDate';
import type { SessionHeader as Header } from '../../../shared/model/session';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useDispatch, useSession, useSessionState } from '../../store/SessionProvider';
import { TextArea, TextField } from '../../ui/Field';
import { CycleLink } from '../cycles/CycleLink';

export function SessionHeader() {
  const t = useT();
  const dispatch = useDispatch();
  const readOnly = useSessionState((s) => s.readOnly);
  const title = useSession((s) => s.title);
  const date = useSession((s) => s.date);
  const startTime = useSession((s) => s.startTime);
  const endTime = useSession((s) => s.endTime);
  const place = useSession((s) => s.place);
  const organiser = useSession((s) => s.organiser);
  const description = useSession((s) => s.description);
  const update = (fields: Partial<Header>) => dispatch({ type: 'session.update', fields });

  return (
    <section className="session-header" aria-label={t('session.headerLabel')}>
      <CycleLink />
      <label className="visually-hidden" htmlFor="session-title">
        {t('session.title')}
      </label>
      <input
        id="session-title"
        className="session-header__title"
        value={title}
        placeholder={t('common.untitled')}
        onChange={(e) => update({ title: e.target.value })}
        readOnly={readOnly}
        maxLength={300}
      />
      <div className="session-header__grid">
        <TextField
          label={t('session.date')}
          type="date"
          value={date ?? ''}
          readOnly={readOnly}
          onChange={(e) => update({ date: e.target.value || null })}
        />
        <TextField
          label={t('session.startTime')}
          type="time"
          value={startTime ?? ''}
          readOnly={readOnly}
          onChange={(e) => update({ startTime: e.target.value || null })}
        />
        <TextField
          label={t('session.endTime')}
          type="time"
          value={endTime ?? ''}
          readOnly={readOnly}
          onChange={(e) => update({ endTime: e.target.value || null })}
        />
        <TextField
          label={t('session.place')}
          value={place}
          readOnly={readOnly}
          maxLength={500}
          onChange={(e) => update({ place: e.target.value })}
        />
        <FacilitatorsField readOnly={readOnly} />
        <TextField
          label={t('session.organiser')}
          value={organiser}
          readOnly={readOnly}
          maxLength={300}
          onChange={(e) => update({ organiser: e.target.value })}
        />
      </div>
      <TextArea
        label={t('session.description')}
        value={description}
        readOnly={readOnly}
        rows={3}
        maxLength={20000}
        onChange={(e) => update({ description: e.target.value })}
      />
    </section>
  );
}

/** The header in one line, for the parts used during the day: edit it from the other parts. */
export function SessionHeaderCompact() {
  const t = useT();
  const locale = useLocale();
  const title = useSession((s) => s.title);
  const date = useSession((s) => s.date);
  const place = useSession((s) => s.place);
  const details = [date ? formatLongDate(date, locale) : '', place].filter(Boolean).join(' · ');
  return (
    <section
      className="session-header session-header--compact"
      aria-label={t('session.headerLabel')}
    >
      <CycleLink />
      <h1 className="session-header__compact-title">{title || t('common.untitled')}</h1>
      {details && <p className="muted">{details}</p>}
    </section>
  );
}

/** A list typed as "Name, Name": the text being typed is kept while the field has focus. */
function FacilitatorsField({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  const dispatch = useDispatch();
  const facilitators = useSession((s) => s.facilitators);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <TextField
      label={t('session.facilitators')}
      hint={t('session.facilitatorsHint')}
      value={draft ?? facilitators.join(', ')}
      readOnly={readOnly}
      onFocus={() => setDraft(facilitators.join(', '))}
      onBlur={() => setDraft(null)}
      onChange={(e) => {
        setDraft(e.target.value);
        const names = e.target.value
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean);
        dispatch({ type: 'session.update', fields: { facilitators: names } });
      }}
    />
  );
}
