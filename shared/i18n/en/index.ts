import type { SourceCatalog } from '../fr';
import type { Catalog } from '../types';
import { common } from './common';
import { documents } from './documents';
import { errors } from './errors';
import { exports } from './exports';
import { groups } from './groups';
import { imports } from './imports';
import { library } from './library';
import { projector } from './projector';
import { session } from './session';
import { settings } from './settings';
import { templates } from './templates';

export const en = {
  ...common,
  ...documents,
  ...library,
  ...projector,
  ...session,
  ...errors,
  ...exports,
  ...groups,
  ...imports,
  ...settings,
  ...templates,
} satisfies Catalog<SourceCatalog>;
