import path from 'node:path';
import { createTranslator } from '../../../shared/i18n/t';
import { AppFailure, fail, ok } from '../../../shared/result';
import { buildExport } from '../exporters/buildExport';
import { writeFileAtomic } from '../fs/atomicWrite';
import { loadMediaImage } from '../exporters/loadMediaImage';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

export function exportHandlers(ctx: HandlerContext): HandlersFor<'export.create'> {
  const { settings, platform, downloads, folderOf, currentState } = ctx;
  return {
    'export.create': async (input) => {
      const folder = await folderOf(input.id);
      if (!folder) return fail('session.notFound');
      const state = await currentState(input.id, folder);
      if (!state.ok) return state;
      const { locale } = await settings.get();
      let built;
      try {
        built = await buildExport(state.value, input.document, {
          t: createTranslator(locale, { strict: false }),
          locale,
          loadImage: (mediaId) => loadMediaImage(folder, state.value, mediaId),
        });
      } catch (error) {
        if (error instanceof AppFailure) return fail(error.code, error.details);
        throw error;
      }
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
