import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatClockTime, formatInstant, formatLongDate, formatShortDate } from './formatDate';
import { formatDuration } from './formatDuration';
import { fr } from './fr';
import { createTranslator } from './t';

describe('catalogs', () => {
  it('translate every French key into English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('keep French typography: no ordinary space before a high punctuation mark or inside guillemets', () => {
    for (const [key, entry] of Object.entries(fr)) {
      for (const text of typeof entry === 'string' ? [entry] : Object.values(entry)) {
        expect(text, key).not.toMatch(/ [:;!?»]/);
        expect(text, key).not.toMatch(/« /);
        expect(text, key).not.toMatch(/'/);
      }
    }
  });
});

describe('t', () => {
  const t = createTranslator('fr', { strict: true });

  it('fills parameters and chooses plural forms the French way', () => {
    expect(t('library.participants', { count: 0 })).toBe('aucun participant');
    expect(t('library.participants', { count: 1 })).toBe('1 participant');
    expect(t('library.participants', { count: 1500 })).toBe('1\u202f500 participants');
    expect(t('library.noMatch', { query: 'Liévin' })).toBe(
      'Aucune séance ne correspond à «\u00a0Liévin\u00a0».',
    );
  });

  it('speaks English when asked', () => {
    expect(createTranslator('en', { strict: true })('library.participants', { count: 2 })).toBe(
      '2 participants',
    );
  });

  it('throws on a missing parameter in strict mode and keeps the placeholder otherwise', () => {
    const call = (translate: ReturnType<typeof createTranslator>) =>
      (translate as (key: string, params: object) => string)('library.noMatch', {});
    expect(() => call(t)).toThrow(/query/);
    expect(call(createTranslator('fr', { strict: false }))).toContain('{query}');
  });

  it('shows keys in the pseudo-locale', () => {
    expect(createTranslator('pseudo', { strict: true })('library.title')).toBe('[[library.title]]');
  });
});

describe('French dates', () => {
  it('writes the day of the seminar in full', () => {
    expect(formatLongDate('2025-02-04', 'fr')).toBe('mardi 4 février 2025');
    expect(formatLongDate('2024-11-07', 'fr')).toBe('jeudi 7 novembre 2024');
    expect(formatLongDate('2025-02-04', 'en')).toBe('Tuesday, 4 February 2025');
    expect(formatLongDate('2025-04-01', 'fr')).toBe('mardi 1er avril 2025');
    expect(formatShortDate('2025-04-01', 'fr')).toBe('1er avr. 2025');
    expect(formatLongDate('2025-04-01', 'en')).toBe('Tuesday, 1 April 2025');
  });

  it('writes times with an h', () => {
    expect(formatClockTime('09:00', 'fr')).toBe('9h00');
    expect(formatClockTime('13:30', 'fr')).toBe('13h30');
    expect(formatClockTime('09:00', 'en')).toBe('09:00');
    expect(formatInstant('2026-11-23T13:05:00Z', 'fr', 'Europe/Paris')).toBe('23 nov. 2026, 14h05');
  });
});

describe('French durations', () => {
  const t = createTranslator('fr', { strict: true });
  it('write minutes, then hours and minutes', () => {
    expect(formatDuration(45, t)).toBe('45\u00a0min');
    expect(formatDuration(7.5, t)).toBe('7,5\u00a0min');
    expect(formatDuration(60, t)).toBe('1\u00a0h');
    expect(formatDuration(210, t)).toBe('3\u00a0h\u00a030');
    expect(formatDuration(65, t)).toBe('1\u00a0h\u00a005');
  });
});
