import { z } from 'zod';

/** A calendar date without time zone, as typed by the facilitator: `2025-02-04`. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue AAAA-MM-JJ');
/** A wall-clock time of the seminar day: `09:00`, `13:30`. */
export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure attendue HH:MM');
/** An instant: ISO 8601 with time zone, as produced by `Date.prototype.toISOString`. */
export const instantSchema = z.iso.datetime({ offset: true });

export type IsoDate = z.infer<typeof isoDateSchema>;
export type ClockTime = z.infer<typeof clockTimeSchema>;
export type Instant = z.infer<typeof instantSchema>;

export function clockTimeToMinutes(time: ClockTime): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export function minutesToClockTime(totalMinutes: number): ClockTime {
  const wrapped = ((Math.round(totalMinutes) % 1440) + 1440) % 1440;
  const hours = Math.floor(wrapped / 60);
  const minutes = wrapped % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/**
 * Minutes since local midnight at an instant (fractional: 10h27m30s is 627.5), in the given
 * time zone or the system's: how the run of the day compares instants with planned times.
 */
export function minutesOfDay(epochMs: number, timeZone?: string): number {
  const key = timeZone ?? '';
  let format = wallClocks.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      ...(timeZone ? { timeZone } : {}),
    });
    wallClocks.set(key, format);
  }
  const parts = format.formatToParts(epochMs);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const millis = ((epochMs % 1000) + 1000) % 1000;
  return value('hour') * 60 + value('minute') + value('second') / 60 + millis / 60_000;
}
