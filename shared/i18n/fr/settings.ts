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
} as const;
