/** Test people for the engine: French names, the organisations and colleges of a territorial seminar. */
import type { GroupingPerson } from '../types';

const names = [
  'Aïcha Benali',
  'Jérôme Lefèvre',
  'Fatoumata N’Diaye',
  'Éloïse Dupont-Aignan',
  'François Œuvrard',
  'Maëlle Da Silva',
  'Chloé Émery',
  'Loïc Le Goff',
  'Inès Haddad',
  'Sébastien Girard',
  'Noémie Mercier',
  'Hélène Faure',
  'Mathéo Rousseau',
  'Léa Bonnet',
  'Cédric Lemoine',
  'Bérénice Chevalier',
  'Amélie Giraud',
  'Raphaël Leclerc',
  'Océane Dufour',
  'Joël Renaud',
];

const organisations: [string, string][] = [
  ['Préfecture des Hauts-de-Seine', 'État'],
  ['Mairie de Gennevilliers', 'Collectivité'],
  ['Centre social Les Oliviers', 'Association'],
  ['CAF des Hauts-de-Seine', 'Association'],
  ['Ville de Nanterre', 'Collectivité'],
  ['Cité éducative de Gennevilliers', 'État'],
  ['Conseil citoyen du Chemin-Vert', 'Habitant'],
];

/** `count` people; person i works for organisation i mod `organisationCount`. */
export function seminarPeople(
  count: number,
  organisationCount = organisations.length,
): GroupingPerson[] {
  return Array.from({ length: count }, (_, i) => {
    const [organisation, role] = organisations[i % organisationCount]!;
    const name = names[i % names.length]!;
    return {
      id: `${name.replace(/[^A-Za-z]/g, '').slice(0, 12)}${i}`,
      organisation,
      role,
      territory: i % 2 === 0 ? 'Gennevilliers' : 'Nanterre',
    };
  });
}

/** Plain ids p0 … p(n−1), without attributes: the pure social golfer problem. */
export function golfers(count: number): GroupingPerson[] {
  return Array.from({ length: count }, (_, i) => ({ id: `p${i}` }));
}
