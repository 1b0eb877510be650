import { describe, expect, it } from 'vitest';
import { wordCloud } from './keywordCloud';

describe('wordCloud', () => {
  it('folds spellings, weighs by count and puts the biggest word in the middle', () => {
    const cloud = wordCloud([
      'Confiance',
      'confiance',
      'Confiances',
      'Écoute',
      'écoute',
      'Réseau',
      'Temps',
    ]);
    expect(cloud.map((w) => [w.display, w.count])).toEqual([
      ['Temps', 1],
      ['Écoute', 2],
      ['Confiance', 3],
      ['Réseau', 1],
    ]);
    expect(cloud.find((w) => w.display === 'Confiance')!.weight).toBe(1);
    expect(cloud.find((w) => w.display === 'Temps')!.weight).toBe(0);
    const ecoute = cloud.find((w) => w.display === 'Écoute')!.weight;
    expect(ecoute).toBeGreaterThan(0.3);
    expect(ecoute).toBeLessThan(0.7);
  });

  it('gives every word the full size when all are said as often', () => {
    expect(wordCloud(['Lien', 'Temps']).map((w) => w.weight)).toEqual([1, 1]);
    expect(wordCloud([])).toEqual([]);
  });
});
