import { describe, expect, it } from 'vitest';
import { person } from '../participants/testing/person';
import { attendanceMatrix } from './attendanceMatrix';
import { cyclePeople } from './testing/sampleCycle';

describe('attendance matrix', () => {
  const first = { participants: cyclePeople() };
  const second = {
    participants: [
      { ...cyclePeople()[0]!, attendance: 'present' as const },
      { ...cyclePeople()[1]!, attendance: 'excused' as const },
      // Registered again for session 2, with another id but the same address (other case).
      person('p-fatou-2', {
        firstName: 'Fatoumata',
        lastName: 'N’Diaye',
        email: 'F.NDIAYE@gers.fr',
        attendance: 'present',
      }),
      person('p-lea', { firstName: 'Léa', lastName: 'Gaudin', attendance: 'unknown' }),
    ],
  };
  const third = {
    participants: [
      person('p-other', {
        firstName: 'Fatoumata',
        lastName: 'N’Diaye',
        email: 'f.ndiaye@gers.fr',
        attendance: 'absent',
      }),
    ],
  };

  it('matches people by participant id, then by e-mail, across sessions', () => {
    const matrix = attendanceMatrix([first, second, third]);
    const byName = Object.fromEntries(matrix.rows.map((r) => [r.name, r]));
    expect(byName['Aïcha Benali']!.cells).toEqual(['present', 'present', 'none']);
    expect(byName['Jérôme Lefèvre']!.cells).toEqual(['absent', 'excused', 'none']);
    expect(byName['Léa Gaudin']!.cells).toEqual(['none', 'unknown', 'none']);
    // Session 1's Fatoumata had no e-mail: she stays her own row (same id would have matched).
    const fatoumatas = matrix.rows.filter((r) => r.name === 'Fatoumata N’Diaye');
    expect(fatoumatas.map((r) => r.cells)).toEqual(
      expect.arrayContaining([
        ['present', 'none', 'none'],
        ['none', 'present', 'absent'],
      ]),
    );
  });

  it('counts presences per person and per session', () => {
    const matrix = attendanceMatrix([first, second, third]);
    expect(matrix.rows.find((r) => r.name === 'Aïcha Benali')!.present).toBe(2);
    expect(matrix.presentBySession).toEqual([2, 2, 0]);
  });

  it('keeps two registrations on one list as two rows', () => {
    const twice = {
      participants: [
        person('x1', { firstName: 'Paul', lastName: 'Martin', email: 'paul@ville.fr' }),
        person('x2', { firstName: 'Paul', lastName: 'Martin', email: 'paul@ville.fr' }),
      ],
    };
    expect(attendanceMatrix([twice]).rows).toHaveLength(2);
  });
});
