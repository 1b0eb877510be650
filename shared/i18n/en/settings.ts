import type { settings as fr } from '../fr/settings';
import type { Catalog } from '../types';

export const settings = {
  'settings.title': 'Settings',
  'settings.language': 'Interface language',
  'settings.language.fr': 'Français',
  'settings.language.en': 'English',
  'settings.libraryPath': 'Sessions folder',
  'settings.libraryPathHint':
    'Each session has its folder there: session.json, its photos (media) and its backups (.backups).',
  'settings.libraryPathBrowser':
    'In the browser build, the folder is chosen at launch: npm run web -- --library <folder>.',
  'settings.changeLibrary': 'Change folder',
  'settings.libraryPathLabel': 'Path of the sessions folder',
  'settings.libraryChanged': 'Sessions folder changed.',
} satisfies Catalog<typeof fr>;
