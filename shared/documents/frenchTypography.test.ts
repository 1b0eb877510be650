import { describe, expect, it } from 'vitest';
import { frenchTypography } from './frenchTypography';

const nbsp = '\u00a0';
const nnbsp = '\u202f';

describe('frenchTypography', () => {
  it('puts the right no-break space before high punctuation', () => {
    expect(frenchTypography('Quels sont vos prochains petits pas ?')).toBe(
      `Quels sont vos prochains petits pas${nnbsp}?`,
    );
    expect(frenchTypography('Urgence!')).toBe(`Urgence${nnbsp}!`);
    expect(frenchTypography('Ordre du jour : accueil ; ateliers')).toBe(
      `Ordre du jour${nbsp}: accueil${nnbsp}; ateliers`,
    );
  });

  it('fixes apostrophes and guillemets', () => {
    expect(frenchTypography("l'État et l'association")).toBe('l’État et l’association');
    expect(frenchTypography('la démarche «impact collectif»')).toBe(
      `la démarche «${nbsp}impact collectif${nbsp}»`,
    );
    expect(frenchTypography('« déjà bien »')).toBe(`«${nbsp}déjà bien${nbsp}»`);
  });

  it('leaves times, URLs, repeated marks and already correct text alone', () => {
    expect(frenchTypography('Reprise à 13:30')).toBe('Reprise à 13:30');
    expect(frenchTypography('voir https://www.anct.gouv.fr/ateliers')).toBe(
      'voir https://www.anct.gouv.fr/ateliers',
    );
    expect(frenchTypography(`Vraiment${nnbsp}?!`)).toBe(`Vraiment${nnbsp}?!`);
    const correct = `Pourquoi${nnbsp}? Parce que${nbsp}: «${nbsp}ensemble${nbsp}».`;
    expect(frenchTypography(correct)).toBe(correct);
  });
});
