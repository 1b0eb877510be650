import { describe, expect, it } from 'vitest';
import { cycleDates } from './cycleDates';

describe('cycle dates', () => {
  it('plans 4 sessions every 2 weeks, across a change of month and of summer time', () => {
    expect(cycleDates('2025-03-18', 4, 2)).toEqual([
      '2025-03-18',
      '2025-04-01',
      '2025-04-15',
      '2025-04-29',
    ]);
  });

  it('gives nothing for a date that is not one', () => {
    expect(cycleDates('', 4, 2)).toEqual([]);
  });
});
