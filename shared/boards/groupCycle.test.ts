import { describe, expect, it } from 'vitest';
import { cycleGroup, groupsInUse } from './groupCycle';
import { colorOfGroup } from './noteColors';

describe('cycleGroup', () => {
  const tables = ['Table 1', 'Table 2', 'Table 3'];
  it('goes through every group, then no group, then again', () => {
    const seen: (string | null)[] = [];
    let current: string | null = null;
    for (let i = 0; i < 5; i++) seen.push((current = cycleGroup(tables, current, 1)));
    expect(seen).toEqual(['Table 1', 'Table 2', 'Table 3', null, 'Table 1']);
    expect(cycleGroup(tables, 'Table 1', -1)).toBeNull();
    expect(cycleGroup(tables, 'Table disparue', 1)).toBe('Table 1');
    expect(cycleGroup([], null, 1)).toBeNull();
  });

  it('lists the board’s groups, then the others its notes name', () => {
    expect(
      groupsInUse(tables, [{ group: 'Table 4' }, { group: null }, { group: 'Table 1' }]),
    ).toEqual(['Table 1', 'Table 2', 'Table 3', 'Table 4']);
  });

  it('gives each group its colour, yellow without a group', () => {
    expect(colorOfGroup(tables, 'Table 2')).toBe('rose');
    expect(colorOfGroup(tables, null)).toBe('jaune');
  });
});
