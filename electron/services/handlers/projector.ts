import { fail, ok } from '../../../shared/result';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

export function projectorHandlers(ctx: HandlerContext): HandlersFor<'projector.open'> {
  const { platform, store } = ctx;
  return {
    'projector.open': async (input) => {
      if (!platform.openProjector) return fail('platform.unsupported');
      // The projector follows a session this app has open; it cannot open one itself.
      if (!store.isOpen(input.id)) return fail('session.notOpen');
      await platform.openProjector(input.id, { videoCall: input.videoCall ?? false });
      return ok({});
    },
  };
}
