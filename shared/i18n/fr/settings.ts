export const settings = {
  'settings.title': 'Paramètres',
  'settings.language': 'Langue de l’interface',
  'settings.language.fr': 'Français',
  'settings.language.en': 'English',
  'settings.libraryPath': 'Dossier des séances',
  'settings.libraryPathHint':
    'Chaque séance y a son dossier\u00a0: session.json, ses photos (media) et ses sauvegardes (.backups).',
  'settings.libraryPathBrowser':
    'Dans la version navigateur, le dossier se choisit au lancement\u00a0: npm run web -- --library <dossier>.',
  'settings.changeLibrary': 'Changer de dossier',
  'settings.libraryPathLabel': 'Chemin du dossier des séances',
  'settings.libraryChanged': 'Dossier des séances changé.',
  'settings.logo': 'Logo de l’organisateur',
  'settings.logo.hint':
    'Placé en tête de la page de garde des comptes rendus. Image PNG ou JPEG, 2\u00a0Mo au plus.',
  'settings.logo.none': 'Aucun logo.',
  'settings.logo.alt': 'Logo de l’organisateur',
  'settings.logo.choose': 'Choisir une image…',
  'settings.logo.change': 'Changer d’image…',
  'settings.logo.clear': 'Retirer le logo',
  'settings.logo.set': 'Logo enregistré.',
  'settings.logo.cleared': 'Logo retiré.',
} as const;
