import { describe, expect, it } from 'vitest';
import { defaultRoles } from '../model/participants';
import { roleMatcher } from './matchRole';

describe('roleMatcher', () => {
  const match = roleMatcher(defaultRoles);

  it.each([
    ['État', 'État'],
    ['Etat', 'État'],
    ['ETAT', 'État'],
    ['Services de l’État', 'État'],
    ["services de l'etat", 'État'],
    ['Préfecture', 'État'],
    ['collectivite', 'Collectivité'],
    ['Mairie', 'Collectivité'],
    ['Élue', 'Collectivité'],
    ['Collectivité territoriale', 'Collectivité'],
    ['association', 'Association'],
    ['Habitante', 'Habitant'],
    ['Citoyen·ne', 'Habitant'],
    ['Entreprise', 'Entreprise'],
    ['Autre', 'Autre'],
  ])('maps « %s » to %s', (text, role) => {
    expect(match(text)).toEqual({ role, keptText: null });
  });

  it('turns unknown text into « Autre » and keeps the text', () => {
    expect(match('  Chargée   de mission ')).toEqual({
      role: 'Autre',
      keptText: 'Chargée de mission',
    });
  });

  it('keeps unknown text as the role when the session has no « Autre »', () => {
    expect(roleMatcher(['État', 'Collectivité'])('Bailleur')).toEqual({
      role: 'Bailleur',
      keptText: null,
    });
  });

  it('uses synonyms only for roles the session has, in its own spelling', () => {
    const custom = roleMatcher(['ETAT', 'Élus', 'Autre']);
    expect(custom('Préfecture')).toEqual({ role: 'ETAT', keptText: null });
    expect(custom('Association')).toEqual({ role: 'Autre', keptText: 'Association' });
  });

  it('leaves an empty role empty', () => {
    expect(match('   ')).toEqual({ role: '', keptText: null });
  });
});
