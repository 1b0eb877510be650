/**
 * Writes a session archive (`.atelier`): a zip holding `session.json` and `media/<file>`, and
 * nothing else (no backups, no lock, no exported documents). Photos are stored as they are
 * (already compressed); the session text is deflated.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { archiveLimits } from '../../../shared/contracts/archives';
import { mediaFileNameSchema } from '../../../shared/model/media';
import type { Session } from '../../../shared/model/session';
import { fail, ok, type Result } from '../../../shared/result';
import { zipParts, type ZipPart } from '../fs/zipWrite';
import { MEDIA_FOLDER, SESSION_FILE, serializeSession } from '../sessionStore/sessionFile';

const ALREADY_COMPRESSED = /\.(jpe?g|png|webp|heic|heif|gif|mp4|mov|mp3|m4a|ogg|zip)$/i;

export async function writeArchive(
  session: Session,
  folder: string,
  limits: { maxArchiveBytes: number } = archiveLimits,
): Promise<Result<Uint8Array>> {
  const mtime = new Date(session.modifiedAt);
  const parts: ZipPart[] = [
    { name: SESSION_FILE, data: new TextEncoder().encode(serializeSession(session)), mtime },
  ];
  let total = 0;
  for (const name of await mediaFiles(folder)) {
    const bytes = await fs.readFile(path.join(folder, MEDIA_FOLDER, name));
    total += bytes.length;
    if (total > limits.maxArchiveBytes)
      return fail('archive.tooLarge', {
        sizeMb: toMb(total),
        maxMb: toMb(limits.maxArchiveBytes),
      });
    parts.push({
      name: `${MEDIA_FOLDER}/${name}`,
      data: bytes,
      store: ALREADY_COMPRESSED.test(name),
    });
  }
  const zipped = zipParts(parts);
  if (zipped.length > limits.maxArchiveBytes)
    return fail('archive.tooLarge', {
      sizeMb: toMb(zipped.length),
      maxMb: toMb(limits.maxArchiveBytes),
    });
  return ok(zipped);
}

/** Regular files of `media/` whose names the model accepts; the rest is not the session's. */
async function mediaFiles(folder: string): Promise<string[]> {
  const entries = await fs
    .readdir(path.join(folder, MEDIA_FOLDER), { withFileTypes: true })
    .catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && mediaFileNameSchema.safeParse(entry.name).success)
    .map((entry) => entry.name)
    .sort();
}

export const toMb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
