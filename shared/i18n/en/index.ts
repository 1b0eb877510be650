import type { SourceCatalog } from '../fr';
import type { Catalog } from '../types';
import { about } from './about';
import { archives } from './archives';
import { attendance } from './attendance';
import { boards } from './boards';
import { agenda } from './agenda';
import { common } from './common';
import { cycles } from './cycles';
import { documents } from './documents';
import { errors } from './errors';
import { exports } from './exports';
import { groupLists } from './groupLists';
import { groups } from './groups';
import { imports } from './imports';
import { library } from './library';
import { methods } from './methods';
import { minutes } from './minutes';
import { participants } from './participants';
import { projector } from './projector';
import { session } from './session';
import { settings } from './settings';
import { templates } from './templates';
import { timer } from './timer';

export const en = {
  ...common,
  ...cycles,
  ...archives,
  ...about,
  ...boards,
  ...documents,
  ...library,
  ...projector,
  ...session,
  ...errors,
  ...exports,
  ...groupLists,
  ...methods,
  ...minutes,
  ...groups,
  ...imports,
  ...participants,
  ...attendance,
  ...settings,
  ...templates,
  ...agenda,
  ...timer,
} satisfies Catalog<SourceCatalog>;
