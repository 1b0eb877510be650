import { ok } from '../../../shared/result';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

export function logoHandlers(
  ctx: HandlerContext,
): HandlersFor<'settings.setLogo' | 'settings.readLogo' | 'settings.clearLogo'> {
  const { logo } = ctx;
  return {
    'settings.setLogo': async (input) => {
      const stored = await logo.set(Buffer.from(input.image, 'base64'));
      return stored.ok ? ok({}) : stored;
    },
    'settings.readLogo': async () => {
      const current = await logo.read();
      return ok(
        current && { mime: current.mime, data: Buffer.from(current.data).toString('base64') },
      );
    },
    'settings.clearLogo': async () => {
      await logo.clear();
      return ok({});
    },
  };
}
