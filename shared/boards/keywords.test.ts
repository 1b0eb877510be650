import { describe, expect, it } from 'vitest';
import { countKeywords, keywordKey } from './keywords';

describe('countKeywords', () => {
  it('counts case, accents and plural -s together and shows the most frequent spelling', () => {
    const counted = countKeywords([
      'confiance',
      'Confiance',
      'Écoute',
      'confiances',
      'Confiance',
      'ecoute',
      'Réseau',
      'réseaux',
    ]);
    expect(counted.map((k) => [k.display, k.count])).toEqual([
      ['Confiance', 4],
      ['Écoute', 2],
      ['Réseau', 2],
    ]);
    expect(counted[0]!.spellings).toEqual([
      { text: 'Confiance', count: 2 },
      { text: 'confiance', count: 1 },
      { text: 'confiances', count: 1 },
    ]);
  });

  it('folds every word of a keyword, apostrophes and punctuation, not short words', () => {
    expect(keywordKey('Objectifs communs !')).toBe(keywordKey('objectif commun'));
    expect(keywordKey('L’écoute')).toBe(keywordKey("l'Ecoute"));
    expect(keywordKey('bus')).not.toBe(keywordKey('bu'));
    expect(keywordKey('Partenariats locaux')).toBe(keywordKey('partenariat local'));
  });

  it('ignores blank keywords and breaks ties by first appearance', () => {
    expect(
      countKeywords(['  ', '—', 'Temps', 'Lien', 'lien', 'temps']).map((k) => k.display),
    ).toEqual(['Temps', 'Lien']);
  });
});
