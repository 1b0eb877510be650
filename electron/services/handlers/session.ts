import { fail, ok } from '../../../shared/result';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

type SessionCalls =
  | 'session.open'
  | 'session.get'
  | 'session.apply'
  | 'session.close'
  | 'session.listBackups'
  | 'session.restoreBackup';

export function sessionHandlers(ctx: HandlerContext): HandlersFor<SessionCalls> {
  const { store, events, settings, folderOf, afterClose } = ctx;
  return {
    'session.open': async (input) => {
      const folder = await folderOf(input.id);
      if (!folder) return fail('session.notFound');
      const opened = await store.openFolder(folder, input.readOnly ? { readOnly: true } : {});
      if (opened.ok && !opened.value.readOnly) await settings.update({ lastSessionId: input.id });
      return opened;
    },

    'session.get': async (input) => store.get(input.id),

    'session.apply': async (input) => {
      const applied = store.apply(input.id, input.op);
      if (!applied.ok) return applied;
      events.emit('session.changed', {
        id: input.id,
        revision: applied.value.revision,
        op: input.op,
        origin: input.clientId,
      });
      return ok({ revision: applied.value.revision });
    },

    'session.close': async (input) => {
      const folder = store.folderOf(input.id);
      const closed = await store.close(input.id);
      if (!closed.ok) return closed;
      if (folder) await afterClose(input.id, folder);
      return ok({});
    },

    'session.listBackups': async (input) => {
      const folder = await folderOf(input.id);
      if (!folder) return fail('session.notFound');
      return ok(await store.listBackups(folder));
    },

    'session.restoreBackup': async (input) => {
      const folder = await folderOf(input.id);
      if (!folder) return fail('session.notFound');
      const restored = await store.restoreBackup(folder, input.backupId);
      if (!restored.ok) return restored;
      events.emit('library.changed', {});
      return restored;
    },
  };
}
