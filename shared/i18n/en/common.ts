import type { common as fr } from '../fr/common';
import type { Catalog } from '../types';

export const common = {
  'app.name': 'Atelier',
  'app.loading': 'Loading…',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.delete': 'Delete',
  'common.undo': 'Undo last action',
  'common.redo': 'Redo',
  'common.back': 'Back',
  'common.search': 'Search',
  'common.untitled': 'Untitled session',
  'common.readOnly': 'Read-only',
  'common.saving': 'Saving…',
  'common.saved': 'Saved',
  'common.saveFailed': 'Saving failed',
  'nav.library': 'My sessions',
  'nav.settings': 'Settings',
  'nav.skipToContent': 'Skip to content',
} satisfies Catalog<typeof fr>;
