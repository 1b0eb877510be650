/**
 * Photos of the open session: sending a new one (checked, stored, then recorded by
 * `media.add`), turning one, and showing them. Display copies are fetched once per file
 * through `media.read` and kept as blob URLs for the life of the window.
 */
import { useEffect, useState } from 'react';
import type { Media } from '../../../../shared/model/media';
import { newId } from '../../../../shared/model/ids';
import type { Result } from '../../../../shared/result';
import { fail, ok } from '../../../../shared/result';
import type { Api } from '../../../api/client';
import { useApi } from '../../../api/ApiProvider';
import { useSessionController } from '../../../store/SessionProvider';
import type { SessionController } from '../../../store/sessionController';
import { blobToBase64 } from '../../../api/blobToBase64';
import { preparePhoto, turnQuarter } from './preparePhoto';

const quarterTurn = { 0: 90, 90: 180, 180: 270, 270: 0 } as const satisfies Record<
  Media['rotation'],
  Media['rotation']
>;

const blobs = new Map<string, Promise<Blob | null>>();
const urls = new Map<string, string>();
const keyOf = (sessionId: string, media: Pick<Media, 'displayFile' | 'file'>) =>
  `${sessionId}/${media.displayFile ?? media.file}`;

function photoBlob(api: Api, controller: SessionController, media: Media): Promise<Blob | null> {
  const key = keyOf(controller.id, media);
  let blob = blobs.get(key);
  if (!blob) {
    blob = (async () => {
      // The Node side must know the photo before it can read it.
      await controller.settled();
      const read = await api.call('media.read', { id: controller.id, mediaId: media.id });
      if (!read.ok) return null;
      const bytes = Uint8Array.from(atob(read.value.data), (c) => c.charCodeAt(0));
      return new Blob([bytes], { type: read.value.mime });
    })();
    blobs.set(key, blob);
    void blob.then((b) => b ?? blobs.delete(key));
  }
  return blob;
}

/** The URL to show a photo with; null while it loads or when its file is missing. */
export function usePhotoUrl(media: Media): string | null {
  const api = useApi();
  const controller = useSessionController();
  const key = keyOf(controller.id, media);
  const [loaded, setLoaded] = useState<{ key: string; url: string | null } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void photoBlob(api, controller, media).then((blob) => {
      if (cancelled) return;
      let url = urls.get(key) ?? null;
      if (!url && blob) urls.set(key, (url = URL.createObjectURL(blob)));
      setLoaded({ key, url });
    });
    return () => {
      cancelled = true;
    };
  }, [api, controller, media, key]);
  return loaded?.key === key ? loaded.url : (urls.get(key) ?? null);
}

export type PhotoPlace = { sequenceId: string | null; boardId: string | null };

export function usePhotoActions() {
  const api = useApi();
  const controller = useSessionController();

  async function add(file: File, place: PhotoPlace): Promise<Result<Media['id']>> {
    const prepared = await preparePhoto(file);
    if (!prepared.ok) return prepared;
    const mediaId = newId();
    const stored = await api.call('media.import', {
      id: controller.id,
      mediaId,
      original: prepared.value.original,
      display: await blobToBase64(prepared.value.display),
    });
    if (!stored.ok) return stored;
    blobs.set(keyOf(controller.id, stored.value), Promise.resolve(prepared.value.display));
    controller.dispatch({
      type: 'media.add',
      media: {
        id: mediaId,
        ...place,
        file: stored.value.file,
        displayFile: stored.value.displayFile,
        mime: stored.value.mime,
        caption: '',
        rotation: 0,
        width: prepared.value.width,
        height: prepared.value.height,
      },
    });
    return ok(mediaId);
  }

  async function rotate(media: Media): Promise<Result<void>> {
    const current = await photoBlob(api, controller, media);
    const turned = current && (await turnQuarter(current));
    if (!turned) return fail('media.undecodable', { file: media.file });
    const rotation = quarterTurn[media.rotation];
    await controller.settled();
    const stored = await api.call('media.storeDisplay', {
      id: controller.id,
      mediaId: media.id,
      rotation,
      display: await blobToBase64(turned.display),
    });
    if (!stored.ok) return stored;
    const key = keyOf(controller.id, { displayFile: stored.value.displayFile, file: media.file });
    if (!blobs.has(key)) blobs.set(key, Promise.resolve(turned.display));
    controller.dispatch({
      type: 'media.update',
      id: media.id,
      fields: {
        rotation,
        displayFile: stored.value.displayFile,
        width: turned.width,
        height: turned.height,
      },
    });
    return ok(undefined);
  }

  return { add, rotate };
}
