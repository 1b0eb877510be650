/** The source catalog: French is written first, and its keys are the type of every other language. */
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

export const fr = {
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
} as const;

export type SourceCatalog = typeof fr;
export type MessageKey = keyof SourceCatalog;
