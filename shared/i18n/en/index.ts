import type { SourceCatalog } from '../fr';
import type { Catalog } from '../types';
import { agenda } from './agenda';
import { common } from './common';
import { documents } from './documents';
import { errors } from './errors';
import { exports } from './exports';
import { imports } from './imports';
import { library } from './library';
import { projector } from './projector';
import { session } from './session';
import { settings } from './settings';
import { templates } from './templates';
import { timer } from './timer';

export const en = {
  ...common,
  ...documents,
  ...library,
  ...projector,
  ...session,
  ...errors,
  ...exports,
  ...imports,
  ...settings,
  ...templates,
  ...agenda,
  ...timer,
} satisfies Catalog<SourceCatalog>;
