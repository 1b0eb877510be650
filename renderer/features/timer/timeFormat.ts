/** Times of the day in the window's time zone, written the French way (« 11h20 »). */
import { formatClockTime } from '../../../shared/i18n/formatDate';
import type { Locale } from '../../../shared/i18n/t';
import { minutesOfDay, minutesToClockTime } from '../../../shared/model/time';

/** Local minutes since midnight of an instant (epoch ms). */
export const localMinutes = (epochMs: number): number => minutesOfDay(epochMs);

export function formatMinutesOfDay(minutes: number, locale: Locale): string {
  return formatClockTime(minutesToClockTime(minutes), locale);
}

export function formatInstantTime(instant: number | string, locale: Locale): string {
  const epochMs = typeof instant === 'number' ? instant : Date.parse(instant);
  return formatMinutesOfDay(Math.floor(localMinutes(epochMs)), locale);
}
