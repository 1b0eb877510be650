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
  'settings.logo': 'Organiser’s logo',
  'settings.logo.hint':
    'Placed at the top of the minutes’ cover page. PNG or JPEG image, 2 MB at most.',
  'settings.logo.none': 'No logo.',
  'settings.logo.alt': 'Organiser’s logo',
  'settings.logo.choose': 'Choose an image…',
  'settings.logo.change': 'Change image…',
  'settings.logo.clear': 'Remove the logo',
  'settings.logo.set': 'Logo saved.',
  'settings.logo.cleared': 'Logo removed.',
} satisfies Catalog<typeof fr>;
