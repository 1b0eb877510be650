/** Reads a session photo for a document: the display copy when there is one, never outside media/. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Session } from '../../../shared/model/session';
import { MEDIA_FOLDER } from '../sessionStore/sessionFile';
import type { ImageData } from './docxWriter';

export async function loadMediaImage(
  folder: string,
  session: Session,
  mediaId: string,
): Promise<ImageData | null> {
  const media = session.media.find((m) => m.id === mediaId);
  if (!media) return null;
  const file = media.displayFile ?? media.file;
  const type = /\.png$/i.test(file) ? 'png' : /\.jpe?g$/i.test(file) ? 'jpg' : null;
  if (!type) return null;
  const data = await fs
    .readFile(path.join(folder, MEDIA_FOLDER, path.basename(file)))
    .catch(() => null);
  return data ? { data, type } : null;
}
