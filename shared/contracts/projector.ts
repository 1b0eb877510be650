/**
 * The room's display. In Electron, `projector.open` opens (or brings forward) the projector
 * window on the second display; the browser build opens the projector route in a tab of its
 * own instead (renderer/api/httpTransport.ts), so its host answers `platform.unsupported`.
 *
 * `videoCall`: the window to share in a video call instead (the ANCT cycles run in visio): a
 * normal window whose content is exactly 1280 × 720, fixed, without menu or controls.
 */
import { z } from 'zod';
import { idSchema } from '../model/ids';
import { empty } from './core';

export const projectorWindowCalls = {
  'projector.open': {
    input: z.object({ id: idSchema, videoCall: z.boolean().optional() }),
    output: empty,
  },
} as const;
