import { newId } from '../../../shared/model/ids';
import type { Session } from '../../../shared/model/session';
import { fail, ok, type Result } from '../../../shared/result';
import { previewImport, type PreviewTarget } from '../importers/previewImport';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

export function importHandlers(ctx: HandlerContext): HandlersFor<'import.preview'> {
  const { store, now, folderOf, currentState } = ctx;

  /** The session as this process has it: in memory when open (no save needed), else its file. */
  async function target(id: string): Promise<Result<PreviewTarget>> {
    const open = store.isOpen(id) ? store.get(id) : null;
    if (open?.ok) return ok(targetOf(open.value.session));
    const folder = await folderOf(id);
    if (!folder) return fail('session.notFound');
    const state = await currentState(id, folder);
    return state.ok ? ok(targetOf(state.value)) : state;
  }

  return {
    'import.preview': async (input) => {
      const session = await target(input.id);
      if (!session.ok) return session;
      return previewImport(
        { bytes: Buffer.from(input.data, 'base64'), name: input.fileName },
        input.mapping,
        session.value,
        { now: now(), newId: () => newId() },
      );
    },
  };
}

function targetOf(session: Pick<Session, 'participants' | 'options'>): PreviewTarget {
  return {
    participants: session.participants,
    roles: session.options.roles,
    onePerOrganisation: session.options.onePerOrganisation,
  };
}
