/** Each sequence's planned and actual start and duration, as the minutes print them. */
import { plannedTimes } from '../../agenda/plannedTimes';
import { formatClockTime, formatInstantTime } from '../../i18n/formatDate';
import type { Sequence } from '../../model/agenda';
import type { Session } from '../../model/session';
import { minutesToClockTime } from '../../model/time';
import type { MinutesContext } from './minutesContext';

export type SequenceTimes = {
  sequence: Sequence;
  plannedStart: string;
  plannedMin: number;
  actualStart: string | null;
  /** Null while it has no end. */
  actualMin: number | null;
  /** « 9h32 – 10h01 », or « 9h32 » without an end; the planned span when it did not run. */
  actualSpan: string;
  plannedSpan: string;
};

export function sequenceTimes(session: Session, ctx: MinutesContext): SequenceTimes[] {
  const day = plannedTimes(session.agenda, session);
  const clock = (minutes: number) => formatClockTime(minutesToClockTime(minutes), ctx.locale);
  const at = (instant: string) => formatInstantTime(instant, ctx.locale, ctx.timeZone);
  return session.agenda.map((sequence, index) => {
    const planned = day.sequences[index]!;
    const start = sequence.actualStart;
    const end = sequence.actualEnd;
    const actualMin =
      start && end ? Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 60_000)) : null;
    const plannedSpan = ctx.t('document.timeSpan', {
      start: clock(planned.startMin),
      end: clock(planned.endMin),
    });
    return {
      sequence,
      plannedStart: clock(planned.startMin),
      plannedMin: sequence.durationMin,
      actualStart: start ? at(start) : null,
      actualMin,
      actualSpan: start
        ? end
          ? ctx.t('document.timeSpan', { start: at(start), end: at(end) })
          : at(start)
        : plannedSpan,
      plannedSpan,
    };
  });
}
