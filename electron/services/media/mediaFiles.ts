/**
 * The photos of a session on disk, in its `media/` folder. Atelier makes every name there
 * (`<photo id>.<ext>` for the original, `<photo id>.display[-<turn>].<ext>` for the copies
 * shown), so no name from outside ever reaches the file system, and reads only files the
 * session refers to. Each file is written atomically; nothing here deletes a photo's files, so
 * that undoing a removal finds them again.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MEDIA_DISPLAY_MAX_BYTES, MEDIA_MAX_BYTES } from '../../../shared/contracts/media';
import { isDisplayable, sniffImageType } from '../../../shared/media/imageType';
import type { Media } from '../../../shared/model/media';
import { mediaFileNameSchema } from '../../../shared/model/media';
import { fail, ok, type Result } from '../../../shared/result';
import { writeFileAtomic } from '../fs/atomicWrite';
import { MEDIA_FOLDER } from '../sessionStore/sessionFile';

export type StoredPhoto = { file: string; displayFile: string; mime: string; bytes: number };

const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

/** Checks the original and its display copy, then writes both. */
export async function storePhoto(
  folder: string,
  mediaId: string,
  original: Uint8Array,
  display: Uint8Array,
): Promise<Result<StoredPhoto>> {
  if (original.length > MEDIA_MAX_BYTES)
    return fail('media.tooLarge', {
      sizeMb: megabytes(original.length),
      maxMb: megabytes(MEDIA_MAX_BYTES),
    });
  const type = sniffImageType(original);
  if (!type || original.length === 0) return fail('media.notAnImage', { file: '' });
  const displayType = checkDisplay(display);
  if (!displayType.ok) return displayType;
  const file = `${mediaId}.${type.extension}`;
  const displayFile = `${mediaId}.display.${displayType.value}`;
  const taken = await fs.readdir(path.join(folder, MEDIA_FOLDER)).catch(() => [] as string[]);
  if (taken.some((name) => name.startsWith(`${mediaId}.`)))
    return fail('input.invalid', { issues: ['cette photo existe déjà'] });
  const written = await write(folder, [
    [file, original],
    [displayFile, display],
  ]);
  if (!written.ok) return written;
  return ok({ file, displayFile, mime: type.mime, bytes: original.length });
}

/** The display copy for a turn of `rotation` degrees; one already there is kept. */
export async function storeDisplay(
  folder: string,
  media: Media,
  rotation: Media['rotation'],
  display: Uint8Array,
): Promise<Result<{ displayFile: string }>> {
  const displayType = checkDisplay(display);
  if (!displayType.ok) return displayType;
  const displayFile = `${media.id}.display${rotation === 0 ? '' : `-${rotation}`}.${displayType.value}`;
  if (await exists(mediaPath(folder, displayFile))) return ok({ displayFile });
  const written = await write(folder, [[displayFile, display]]);
  return written.ok ? ok({ displayFile }) : written;
}

/** The bytes of the copy to show: the display copy, else the original when it can be shown. */
export async function readDisplay(
  folder: string,
  media: Media,
): Promise<Result<{ mime: string; data: Uint8Array }>> {
  const file = media.displayFile ?? media.file;
  const data = await fs.readFile(mediaPath(folder, file)).catch(() => null);
  const type = data && sniffImageType(data);
  if (!data || !isDisplayable(type)) return fail('media.notFound');
  return ok({ mime: type!.mime, data });
}

/** Where a photo's file is; throws on a name no Atelier could have made (never a path). */
export function mediaPath(folder: string, file: string): string {
  const name = mediaFileNameSchema.parse(file);
  return path.join(folder, MEDIA_FOLDER, name);
}

function checkDisplay(display: Uint8Array): Result<'jpg' | 'png'> {
  const type = sniffImageType(display);
  if (display.length > MEDIA_DISPLAY_MAX_BYTES || !isDisplayable(type))
    return fail('input.invalid', { issues: ['copie d’affichage invalide'] });
  return ok(type!.extension as 'jpg' | 'png');
}

async function write(folder: string, files: [string, Uint8Array][]): Promise<Result<void>> {
  try {
    await fs.mkdir(path.join(folder, MEDIA_FOLDER), { recursive: true });
    for (const [name, data] of files) await writeFileAtomic(mediaPath(folder, name), data);
    return ok(undefined);
  } catch (error) {
    return fail('media.writeFailed', {
      reason: (error as NodeJS.ErrnoException).code ?? 'inconnue',
    });
  }
}

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  );
