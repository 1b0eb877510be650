import { cycleMinutesDocument } from '../../../shared/documents/cycleMinutes';
import { createTranslator } from '../../../shared/i18n/t';
import { newId } from '../../../shared/model/ids';
import { ok } from '../../../shared/result';
import { safeFileName } from '../../../shared/util/safeFileName';
import { CycleService } from '../cycles/cycleService';
import { writeDocx } from '../exporters/docxWriter';
import { findTemplate } from '../templates';
import { saveExported } from './saveExported';
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

    'cycles.exportMinutes': async (input) => {
      const read = await (await service()).withSessions(input.id);
      if (!read.ok) return read;
      const { locale } = await settings.get();
      const t = createTranslator(locale, { strict: false });
      const model = cycleMinutesDocument(read.value.view, read.value.sessions, { t, locale });
      const bytes = await writeDocx(model);
      const title = read.value.cycle.title || t('common.untitled');
      const fileName = `${safeFileName(t('fileName.cycleMinutes', { title }), 150, 'Atelier')}.docx`;
      // Beside the sessions, in the library folder (the cycle's own folder is hidden).
      return saveExported(ctx, (await currentLibrary()).root, fileName, bytes);
    },
  };
}
