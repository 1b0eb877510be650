import { fail, ok } from '../../../shared/result';
import { Library } from '../library/library';
import { templates } from '../templates';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

export function appHandlers(
  ctx: HandlerContext,
): HandlersFor<
  | 'app.info'
  | 'settings.get'
  | 'settings.update'
  | 'settings.chooseLibraryFolder'
  | 'templates.list'
> {
  const { settings, store, events, platform, clock } = ctx;
  return {
    'app.info': async () =>
      ok({ version: platform.version, platform: process.platform, shell: platform.shell }),

    'settings.get': async () => ok(await settings.get()),

    'settings.update': async (input) => ok(await settings.update(input)),

    'settings.chooseLibraryFolder': async () => {
      if (!platform.chooseFolder) return fail('platform.unsupported');
      const chosen = await platform.chooseFolder();
      if (!chosen) return ok(await settings.get());
      const usable = await new Library(chosen, clock).ensureRoot();
      if (!usable.ok) return usable;
      await store.closeAll();
      const updated = await settings.update({ libraryPath: chosen, lastSessionId: null });
      events.emit('library.changed', {});
      return ok(updated);
    },

    'templates.list': async () =>
      ok(
        templates.map((t) => ({
          id: t.id,
          title: t.title,
          description: t.description,
          sequenceCount: t.agenda.length,
        })),
      ),
  };
}
