import { describe, expect, it } from 'vitest';
import { splitFullName } from './splitFullName';

const cases: [string, string, string][] = [
  // [full name, last name, first name]
  ['Aïcha BENALI', 'BENALI', 'Aïcha'],
  ['BENALI Aïcha', 'BENALI', 'Aïcha'],
  ['BENALI, Aïcha', 'BENALI', 'Aïcha'],
  ['Benali, Aïcha', 'Benali', 'Aïcha'],
  ['Aïcha Benali', 'Benali', 'Aïcha'],
  ['Jean-Pierre Martin', 'Martin', 'Jean-Pierre'],
  ['Marie Claire Dupont', 'Dupont', 'Marie Claire'],
  ['Maëlle DUPONT-AIGNAN', 'DUPONT-AIGNAN', 'Maëlle'],
  ['de La Tour d’Auvergne Marie-Hélène', 'de La Tour d’Auvergne', 'Marie-Hélène'],
  ['Marie-Hélène de La Tour d’Auvergne', 'de La Tour d’Auvergne', 'Marie-Hélène'],
  ['Marie-Hélène DE LA TOUR D’AUVERGNE', 'DE LA TOUR D’AUVERGNE', 'Marie-Hélène'],
  ['de LA TOUR Marie', 'de LA TOUR', 'Marie'],
  ['Yann Le Goff', 'Le Goff', 'Yann'],
  ['Le Goff Yann', 'Le Goff', 'Yann'],
  ['Jean-Baptiste Van der Berg', 'Van der Berg', 'Jean-Baptiste'],
  ['Anna von Trapp', 'von Trapp', 'Anna'],
  ['Éloïse N’Diaye', 'N’Diaye', 'Éloïse'],
  ["N'Diaye Éloïse", "N'Diaye", 'Éloïse'],
  ['Fatou N’DIAYE', 'N’DIAYE', 'Fatou'],
  ['Valéry Giscard d’Estaing', 'd’Estaing', 'Valéry Giscard'],
  ['Myriam El Khomri', 'El Khomri', 'Myriam'],
  ['Van Damme', 'Van Damme', ''],
  ['Chloé', 'Chloé', ''],
  ['  Jérôme   Lefèvre  ', 'Lefèvre', 'Jérôme'],
  ['', '', ''],
];

describe('splitFullName', () => {
  it.each(cases)('splits « %s » into %s / %s', (fullName, lastName, firstName) => {
    expect(splitFullName(fullName)).toEqual({ lastName, firstName });
  });

  it('keeps the order when capitals are not one block', () => {
    expect(splitFullName('Marie DUPONT Claire MARTIN')).toEqual({
      lastName: 'MARTIN',
      firstName: 'Marie DUPONT Claire',
    });
  });

  it('does not treat a name written all in capitals as a last name only', () => {
    expect(splitFullName('AÏCHA BENALI')).toEqual({ lastName: 'BENALI', firstName: 'AÏCHA' });
  });
});
