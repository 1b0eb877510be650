import { fail, ok, type Result } from '../../../shared/result';
import type { Media } from '../../../shared/model/media';
import { readDisplay, storeDisplay, storePhoto } from '../media/mediaFiles';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

type MediaCalls = 'media.import' | 'media.storeDisplay' | 'media.read';

export function mediaHandlers(ctx: HandlerContext): HandlersFor<MediaCalls> {
  const { store } = ctx;

  /** Photos are written only into a session this process has open for writing. */
  const writableFolder = (id: string): Result<string> => {
    const open = store.get(id);
    if (!open.ok) return open;
    if (open.value.readOnly) return fail('session.readOnly');
    return ok(store.folderOf(id)!);
  };

  const photo = (id: string, mediaId: string): Result<{ folder: string; media: Media }> => {
    const open = store.get(id);
    if (!open.ok) return open;
    const media = open.value.session.media.find((m) => m.id === mediaId);
    return media ? ok({ folder: store.folderOf(id)!, media }) : fail('media.notFound');
  };

  return {
    'media.import': async (input) => {
      const folder = writableFolder(input.id);
      if (!folder.ok) return folder;
      return storePhoto(
        folder.value,
        input.mediaId,
        Buffer.from(input.original, 'base64'),
        Buffer.from(input.display, 'base64'),
      );
    },

    'media.storeDisplay': async (input) => {
      const folder = writableFolder(input.id);
      if (!folder.ok) return folder;
      const found = photo(input.id, input.mediaId);
      if (!found.ok) return found;
      return storeDisplay(
        folder.value,
        found.value.media,
        input.rotation,
        Buffer.from(input.display, 'base64'),
      );
    },

    'media.read': async (input) => {
      const found = photo(input.id, input.mediaId);
      if (!found.ok) return found;
      const read = await readDisplay(found.value.folder, found.value.media);
      if (!read.ok) return read;
      return ok({ mime: read.value.mime, data: Buffer.from(read.value.data).toString('base64') });
    },
  };
}
