import { createTranslator } from '../../../shared/i18n/t';
import { newId } from '../../../shared/model/ids';
import { fail } from '../../../shared/result';
import { safeFileName } from '../../../shared/util/safeFileName';
import { importArchive } from '../archives/importArchive';
import { writeArchive } from '../archives/writeArchive';
import type { HandlerContext } from './context';
import { saveExported } from './saveExported';
import type { HandlersFor } from './types';

export function archiveHandlers(
  ctx: HandlerContext,
): HandlersFor<'archive.export' | 'archive.import'> {
  const { settings, events, folderOf, currentState, currentLibrary } = ctx;
  return {
    'archive.export': async (input) => {
      const folder = await folderOf(input.id);
      if (!folder) return fail('session.notFound');
      const state = await currentState(input.id, folder);
      if (!state.ok) return state;
      const archive = await writeArchive(state.value, folder);
      if (!archive.ok) return archive;
      const t = createTranslator((await settings.get()).locale, { strict: false });
      const name = t('archives.fileName', {
        title: state.value.title || t('common.untitled'),
        date: state.value.date ?? t('fileName.noDate'),
      });
      return saveExported(
        ctx,
        folder,
        `${safeFileName(name, 150, 'Atelier')}.atelier`,
        archive.value,
      );
    },

    'archive.import': async (input) => {
      const t = createTranslator((await settings.get()).locale, { strict: false });
      const imported = await importArchive(Buffer.from(input.data, 'base64'), {
        library: await currentLibrary(),
        isKnownId: async (id) => (await folderOf(id)) !== null,
        newId: () => newId(),
        copyTitle: (title) =>
          `${title || t('common.untitled')} ${t('archives.copySuffix')}`.slice(0, 300),
      });
      if (imported.ok) events.emit('library.changed', {});
      else ctx.log?.(`archive import refused: ${imported.error.code}`);
      return imported;
    },
  };
}
