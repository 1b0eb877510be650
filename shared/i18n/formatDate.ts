/**
 * Dates and times as the French write them: « mardi 4 février 2025 », « 13h30 ».
 * Calendar dates carry no time zone; they are formatted in UTC so that no offset moves them.
 */
import { clockTimeToMinutes, type ClockTime, type IsoDate } from '../model/time';
import type { Locale } from './t';

const intlLocale = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB');

export function formatLongDate(date: IsoDate, locale: Locale): string {
  return formatCalendarDate(date, locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

export function formatShortDate(date: IsoDate, locale: Locale): string {
  return formatCalendarDate(date, locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The first of the month is « 1er » in French: « mardi 1er avril 2025 ». */
function formatCalendarDate(
  date: IsoDate,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' })
    .formatToParts(new Date(`${date}T00:00:00Z`))
    .map((part) =>
      part.type === 'day' && part.value === '1' && locale === 'fr' ? '1er' : part.value,
    )
    .join('');
}

/** `09:00` → « 9h00 » in French, « 09:00 » in English. */
export function formatClockTime(time: ClockTime, locale: Locale): string {
  const minutes = clockTimeToMinutes(time);
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, '0');
  return locale === 'fr' ? `${h}h${m}` : `${String(h).padStart(2, '0')}:${m}`;
}

/** An instant in the local time zone: « 23 nov. 2026, 14h05 ». */
export function formatInstant(
  instant: string | number | Date,
  locale: Locale,
  timeZone?: string,
): string {
  const date = new Date(instant);
  const day = new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
  const parts = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
  return `${day}, ${formatClockTime(parts as ClockTime, locale)}`;
}

/** The wall-clock time of an instant in `timeZone`: « 9h32 » (the minutes' actual times). */
export function formatInstantTime(
  instant: string | number | Date,
  locale: Locale,
  timeZone?: string,
): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(instant));
  return formatClockTime(parts as ClockTime, locale);
}
