import { z } from 'zod';
import { sessionHeaderPatchSchema } from '../model/session';
import { defineOps } from './defineOps';

export const headerOps = defineOps({
  'session.update': {
    input: z.object({ fields: sessionHeaderPatchSchema }),
    apply: (session, op) => ({ ...session, ...op.fields }),
    coalesceKey: (op) => Object.keys(op.fields).sort().join(','),
  },
});
