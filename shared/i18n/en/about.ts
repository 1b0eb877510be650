import type { about as fr } from '../fr/about';
import type { Catalog } from '../types';

export const about = {
  'about.title': 'About',
  'about.version': 'Version',
  'about.versionValue': 'Atelier {version}',
  'about.shell.electron': 'desktop app',
  'about.shell.browser': 'browser version',
  'about.system': 'System',
  'about.dataTitle': 'Where your data is',
  'about.dataHint':
    'Everything stays on this computer: Atelier sends nothing over the Internet and never updates itself.',
  'about.library': 'Sessions',
  'about.config': 'Settings',
  'about.log': 'Log',
  'about.openLibrary': 'Open the sessions folder',
  'about.showLog': 'Show the log',
  'about.logHint':
    'If something goes wrong, send this file to support. It holds no titles, names or typed text: only Atelier’s version, unexpected errors and the codes of refused saves, imports or exports.',
  'about.licensesTitle': 'Licences of the bundled libraries',
  'about.licensesIntro': {
    zero: 'The list of bundled libraries is made when Atelier is built (npm run build).',
    one: 'Atelier is built with {count} open-source library. Unfold it to read its licence.',
    other: 'Atelier is built with {count} open-source libraries. Unfold one to read its licence.',
  },
  'about.noLicenseText': 'This package ships no licence text; see its licence: {license}.',
} satisfies Catalog<typeof fr>;
