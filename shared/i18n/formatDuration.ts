/** Durations as the French write them: « 45 min », « 1 h », « 3 h 30 », « 1 h 05 ». */
import type { Translate } from './t';

export function formatDuration(minutes: number, t: Translate): string {
  if (minutes < 60) return t('duration.minutes', { minutes: Math.round(minutes * 10) / 10 });
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0
    ? t('duration.hours', { hours })
    : t('duration.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
}
