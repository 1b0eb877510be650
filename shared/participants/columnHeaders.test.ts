import { describe, expect, it } from 'vitest';
import { guessHeader, guessMapping, headerScore } from './columnHeaders';

describe('guessHeader', () => {
  it.each([
    ['Nom', 'lastName'],
    ['NOM', 'lastName'],
    ['nom de famille', 'lastName'],
    ['Last Name', 'lastName'],
    ['Prénom', 'firstName'],
    ['PRENOM', 'firstName'],
    ['First name', 'firstName'],
    ['Nom complet', 'fullName'],
    ['NOM Prénom', 'fullName'],
    ['Nom & prénom', 'fullName'],
    ['Vos nom et prénom ?', 'fullName'],
    ['Participant', 'fullName'],
    ['Full name', 'fullName'],
    ['Structure', 'organisation'],
    ['Organisme', 'organisation'],
    ['Organisation', 'organisation'],
    ['Organization', 'organisation'],
    ['Collectivité', 'organisation'],
    ['COLLECTIVITE', 'organisation'],
    ['Employeur', 'organisation'],
    ['Company', 'organisation'],
    ['Nom de votre structure', 'organisation'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['Courriel', 'email'],
    ['Adresse e-mail', 'email'],
    ['Adresse de messagerie', 'email'],
    ['Votre adresse électronique professionnelle', 'email'],
    ['Rôle', 'role'],
    ['Collège', 'role'],
    ['Fonction', 'role'],
    ['Statut', 'role'],
    ['Vous êtes :', 'role'],
    ['Commune', 'territory'],
    ['Territoire', 'territory'],
    ['Ville', 'territory'],
    ['Town', 'territory'],
    ['City', 'territory'],
    ['Tags', 'tags'],
    ['Étiquettes', 'tags'],
    ['Remarques', 'notes'],
    ['Commentaires', 'notes'],
    ['Nom participant', 'lastName'],
    ['Prénom participant', 'firstName'],
    ['Email payeur', 'email'],
  ])('reads « %s » as %s', (header, field) => {
    expect(guessHeader(header)?.field).toBe(field);
  });

  it.each([
    'Horodateur',
    'Timestamp',
    'ID',
    'Heure de début',
    'Order #',
    'Attendee #',
    'Nom du tarif',
    'Téléphone',
    '',
  ])('maps « %s » to nothing', (header) => {
    expect(guessHeader(header)).toBeNull();
  });
});

describe('headerScore', () => {
  it('recognises header rows, not titles or people', () => {
    expect(headerScore(['Horodateur', 'Adresse e-mail', 'Nom'])).toBe(3);
    expect(headerScore(['Liste des inscrits — Séminaire du 4 février 2025'])).toBe(0);
    expect(headerScore(['Benali', 'Aïcha', 'aicha.benali@mairie-lievin.fr'])).toBe(0);
  });
});

describe('guessMapping', () => {
  it('gives each field its best column: the participant before the payer', () => {
    const headers = [
      'Nom payeur',
      'Prénom payeur',
      'Email payeur',
      'Nom participant',
      'Prénom participant',
    ];
    expect(guessMapping(headers)).toEqual({
      0: null,
      1: null,
      2: 'email',
      3: 'lastName',
      4: 'firstName',
    });
  });

  it('keeps every notes and tags column', () => {
    expect(guessMapping(['Nom', 'Remarques', 'Commentaires', 'Tags', 'Étiquettes'])).toEqual({
      0: 'lastName',
      1: 'notes',
      2: 'notes',
      3: 'tags',
      4: 'tags',
    });
  });

  it('reads the Microsoft Forms account name as a full name, behind the form’s own questions', () => {
    const headers = [
      'ID',
      'Start time',
      'Completion time',
      'Email',
      'Name',
      'Last modified time',
      'Your e-mail',
    ];
    expect(guessMapping(headers)).toEqual({
      0: null,
      1: null,
      2: null,
      3: null,
      4: 'fullName',
      5: null,
      6: 'email',
    });
  });
});
