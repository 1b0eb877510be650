import { newId } from '../../../shared/model/ids';
import { instantiateTemplate } from '../../../shared/model/template';
import { fail, ok } from '../../../shared/result';
import { applyOperation } from '../../../shared/session/applyOperation';
import { findTemplate } from '../templates';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

type LibraryCalls =
  | 'library.list'
  | 'library.create'
  | 'library.rename'
  | 'library.duplicate'
  | 'library.trash'
  | 'library.untrash';

export function libraryHandlers(ctx: HandlerContext): HandlersFor<LibraryCalls> {
  const { store, events, now, currentLibrary, folderOf, currentState, withSession } = ctx;
  return {
    'library.list': async () => ok(await (await currentLibrary()).list()),

    'library.create': async (input) => {
      const template = input.templateId === null ? null : findTemplate(input.templateId);
      if (input.templateId !== null && !template) return fail('template.notFound');
      const session = instantiateTemplate(template, {
        id: newId(),
        now: now(),
        newId: () => newId(),
        ...(input.header ? { header: input.header } : {}),
      });
      const added = await (await currentLibrary()).add(session);
      if (!added.ok) return added;
      events.emit('library.changed', {});
      return ok({ id: session.id });
    },

    'library.rename': async (input) =>
      withSession(input.id, () => {
        const applied = store.apply(input.id, {
          type: 'session.update',
          fields: { title: input.title },
          at: now(),
        });
        return applied.ok ? ok({}) : applied;
      }),

    'library.duplicate': async (input) => {
      const folder = await folderOf(input.id);
      if (!folder) return fail('session.notFound');
      const original = await currentState(input.id, folder);
      if (!original.ok) return original;
      const at = now();
      const source = original.value;
      const copy = applyOperation(
        {
          ...source,
          id: newId(),
          createdAt: at,
          run: { ...source.run, currentSequenceId: null, timer: null, roomView: { kind: 'timer' } },
        },
        { type: 'session.update', fields: { title: `${source.title} (copie)`.trim() }, at },
      );
      const added = await (await currentLibrary()).add(copy, { from: folder });
      if (!added.ok) return added;
      events.emit('library.changed', {});
      return ok({ id: copy.id, title: copy.title });
    },

    'library.trash': async (input) => {
      const closed = await store.closeForEveryone(input.id);
      if (!closed.ok) return closed;
      const trashed = await (await currentLibrary()).trash(input.id);
      if (trashed.ok) events.emit('library.changed', {});
      return trashed;
    },

    'library.untrash': async (input) => {
      const lib = await currentLibrary();
      const restored = await lib.untrash(input.trashId);
      if (!restored.ok) return restored;
      const summary = (await lib.list()).find((s) => restored.value.folder.endsWith(s.folder));
      events.emit('library.changed', {});
      return summary ? ok({ id: summary.id }) : fail('session.notFound');
    },
  };
}
