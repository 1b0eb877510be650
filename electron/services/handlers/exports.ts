import path from 'node:path';
import { createTranslator } from '../../../shared/i18n/t';
import { fail, ok } from '../../../shared/result';
import { buildExport } from '../exporters/buildExport';
import { writeFileAtomic } from '../fs/atomicWrite';
import { repositoryAssets } from '../exporters/exportAssets';
import { loadMediaImage } from '../exporters/loadMediaImage';
import { WordCloudRenderer } from '../exporters/wordCloudImage';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

export function exportHandlers(ctx: HandlerContext): HandlersFor<'export.create'> {
  const { settings, platform, downloads, folderOf, currentState } = ctx;
  const clouds = new WordCloudRenderer(ctx.exportAssets ?? repositoryAssets());
  return {
    'export.create': async (input) => {
      const folder = await folderOf(input.id);
      if (!folder) return fail('session.notFound');
      const state = await currentState(input.id, folder);
      if (!state.ok) return state;
      const { locale } = await settings.get();
      const built = await buildExport(state.value, input.document, {
        t: createTranslator(locale, { strict: false }),
        locale,
        loadImage: (mediaId) => loadMediaImage(folder, state.value, mediaId),
        graphics: { renderWordCloud: (words, w, h) => clouds.render(words, w, h) },
      });
      // Next to the session by default; Electron lets the user choose another place.
      const defaultPath = path.join(folder, built.fileName);
      const target = platform.chooseSavePath
        ? await platform.chooseSavePath(defaultPath)
        : defaultPath;
      if (!target) return ok({ status: 'cancelled' as const });
      try {
        await writeFileAtomic(target, built.bytes);
      } catch (error) {
        return fail('export.writeFailed', {
          reason: (error as NodeJS.ErrnoException).code ?? 'inconnue',
          path: target,
        });
      }
      const downloadId =
        platform.shell === 'browser'
          ? downloads.register({ path: target, fileName: built.fileName })
          : null;
      return ok({
        status: 'saved' as const,
        fileName: path.basename(target),
        path: target,
        downloadId,
      });
    },
  };
}
