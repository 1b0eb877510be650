/** The programme as planned: each sequence with its time, the day's span and total. */
import { useMemo } from 'react';
import { plannedTimes } from '../../../shared/agenda/plannedTimes';
import { formatClockTime } from '../../../shared/i18n/formatDate';
import { minutesToClockTime } from '../../../shared/model/time';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';

export function AgendaOverview() {
  const t = useT();
  const locale = useLocale();
  const agenda = useSession((s) => s.agenda);
  const startTime = useSession((s) => s.startTime);
  const endTime = useSession((s) => s.endTime);
  const day = useMemo(
    () => plannedTimes(agenda, { startTime, endTime }),
    [agenda, startTime, endTime],
  );
  const time = (minutes: number) => formatClockTime(minutesToClockTime(minutes), locale);
  if (agenda.length === 0) return <p className="muted">{t('agenda.empty')}</p>;
  return (
    <ol className="agenda-overview">
      {agenda.map((sequence, index) => (
        <li key={sequence.id}>
          <span className="agenda-overview__time">{time(day.sequences[index]!.startMin)}</span>
          <span className="agenda-overview__title">{sequence.title}</span>
          {sequence.speakers && (
            <span className="agenda-overview__speakers">{sequence.speakers}</span>
          )}
          <span className="agenda-overview__duration">
            {t('agenda.duration', { minutes: sequence.durationMin })}
          </span>
        </li>
      ))}
    </ol>
  );
}
