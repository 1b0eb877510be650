import { describe, expect, it } from 'vitest';
import { cheapestAssignment } from './hungarian';
import { relabelTables } from './tableLabels';

describe('cheapest assignment', () => {
  it('finds the permutation of least total cost', () => {
    expect(
      cheapestAssignment([
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ]),
    ).toEqual([1, 0, 2]);
    expect(cheapestAssignment([])).toEqual([]);
  });
});

describe('table labels', () => {
  const first = [
    ['Aïcha', 'Jérôme'],
    ['Fatoumata', 'Éloïse'],
    ['François', 'Maëlle'],
  ];
  const second = [
    ['Aïcha', 'Fatoumata'],
    ['François', 'Jérôme'],
    ['Éloïse', 'Maëlle'],
  ];

  it('seats each group of a later round where none of its people sat before', () => {
    expect(relabelTables([first, second], () => false)[1]).toEqual([
      ['Éloïse', 'Maëlle'],
      ['François', 'Jérôme'],
      ['Aïcha', 'Fatoumata'],
    ]);
  });

  it('leaves locked tables where they are', () => {
    expect(relabelTables([first, second], (round, table) => round === 1 && table === 0)[1]).toEqual(
      second,
    );
  });
});
