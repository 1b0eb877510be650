import type { projector as fr } from '../fr/projector';
import type { Catalog } from '../types';

export const projector = {
  'projector.label': 'Display for the room',
  'projector.waiting': 'The session is about to start.',
  'projector.notOpen': 'Open the session in the facilitator’s window: this display will follow it.',
} satisfies Catalog<typeof fr>;
