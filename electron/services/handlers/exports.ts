import { createTranslator } from '../../../shared/i18n/t';
import { AppFailure, fail } from '../../../shared/result';
import { buildExport } from '../exporters/buildExport';
import { repositoryAssets } from '../exporters/exportAssets';
import { loadMediaImage } from '../exporters/loadMediaImage';
import { WordCloudRenderer } from '../exporters/wordCloudImage';
import type { HandlerContext } from './context';
import { saveExported } from './saveExported';
import type { HandlersFor } from './types';

export function exportHandlers(ctx: HandlerContext): HandlersFor<'export.create'> {
  const { settings, folderOf, currentState, logo } = ctx;
  const clouds = new WordCloudRenderer(ctx.exportAssets ?? repositoryAssets());
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
          graphics: {
            renderWordCloud: (words, w, h) => clouds.render(words, w, h),
            loadLogo: () => logo.read(),
          },
        });
      } catch (error) {
        // An expected refusal (a grouping that no longer exists) is an answer, not a crash.
        if (error instanceof AppFailure) return fail(error.code, error.details);
        throw error;
      }
      return saveExported(ctx, folder, built.fileName, built.bytes);
    },
  };
}
