import type { SourceCatalog } from '../fr';
import type { Catalog } from '../types';
import { common } from './common';
import { errors } from './errors';
import { imports } from './imports';
import { library } from './library';
import { session } from './session';
import { settings } from './settings';
import { templates } from './templates';

export const en = {
  ...common,
  ...library,
  ...session,
  ...errors,
  ...imports,
  ...settings,
  ...templates,
} satisfies Catalog<SourceCatalog>;
