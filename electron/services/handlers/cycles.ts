import { createTranslator } from '../../../shared/i18n/t';
import { newId } from '../../../shared/model/ids';
import { ok } from '../../../shared/result';
import { CycleService } from '../cycles/cycleService';
import { findTemplate } from '../templates';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

type CycleCalls =
  | 'cycles.list'
  | 'cycles.create'
  | 'cycles.get'
  | 'cycles.update'
  | 'cycles.prepareNext'
  | 'cycles.exportMinutes';

export function cycleHandlers(ctx: HandlerContext): HandlersFor<CycleCalls> {
  const { events, now, currentLibrary, folderOf, currentState, settings } = ctx;

  const service = async () => {
    const { locale } = await settings.get();
    const t = createTranslator(locale, { strict: false });
    return new CycleService({
      library: await currentLibrary(),
      now,
      newId: () => newId(),
      findTemplate,
      readSession: async (id) => {
        const folder = await folderOf(id);
        if (!folder) return null;
        const state = await currentState(id, folder);
        return state.ok ? state.value : null;
      },
      sessionTitle: (title, index, count) => t('cycles.sessionTitle', { title, index, count }),
    });
  };

  return {
    'cycles.list': async () => ok(await (await service()).list()),

    'cycles.create': async (input) => {
      const created = await (await service()).create(input);
      if (created.ok) events.emit('library.changed', {});
      return created;
    },

    'cycles.get': async (input) => (await service()).get(input.id),

    'cycles.update': async (input) => {
      const updated = await (await service()).update(input);
      if (updated.ok) events.emit('library.changed', {});
      return updated;
    },

    'cycles.prepareNext': async (input) => {
      const prepared = await (await service()).prepareNext(input.id);
      if (prepared.ok) events.emit('library.changed', {});
      return prepared;
    },

    'cycles.exportMinutes': async () => {
      throw new Error('not yet');
    },
  };
}
