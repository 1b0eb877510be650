import { z } from 'zod';
import { roomViewSchema } from '../model/run';
import { defineOps } from './defineOps';

/** What the projector shows. Not undoable: Ctrl+Z undoes work, not what the room looked at. */
export const roomOps = defineOps({
  'room.show': {
    input: z.object({ view: roomViewSchema }),
    apply: (session, op) => ({ ...session, run: { ...session.run, roomView: op.view } }),
    undoable: false,
  },
});
