/**
 * The organiser's logo, kept beside the settings as `logo.png` or `logo.jpg` (one at a time).
 * The bytes are checked for what they are, never trusted from a name; each write is atomic, and
 * the previous logo is removed only once the new one is in place.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LOGO_MAX_BYTES } from '../../shared/contracts/logo';
import { isDisplayable, sniffImageType } from '../../shared/media/imageType';
import { fail, ok, type Result } from '../../shared/result';
import { writeFileAtomic } from './fs/atomicWrite';

export type Logo = { mime: 'image/png' | 'image/jpeg'; type: 'png' | 'jpg'; data: Uint8Array };

const files = { png: 'logo.png', jpg: 'logo.jpg' } as const;
const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

export class LogoStore {
  constructor(private readonly folder: string) {}

  async set(data: Uint8Array): Promise<Result<void>> {
    if (data.length > LOGO_MAX_BYTES)
      return fail('logo.tooLarge', {
        sizeMb: megabytes(data.length),
        maxMb: megabytes(LOGO_MAX_BYTES),
      });
    const type = sniffImageType(data);
    if (!type || !isDisplayable(type)) return fail('logo.notAnImage');
    const extension = type.extension as Logo['type'];
    await fs.mkdir(this.folder, { recursive: true });
    await writeFileAtomic(path.join(this.folder, files[extension]), data);
    const other = extension === 'png' ? files.jpg : files.png;
    await fs.rm(path.join(this.folder, other), { force: true });
    return ok(undefined);
  }

  /** The logo, or null when none is set or the file is no longer an image. */
  async read(): Promise<Logo | null> {
    for (const extension of ['png', 'jpg'] as const) {
      const data = await fs.readFile(path.join(this.folder, files[extension])).catch(() => null);
      if (!data) continue;
      const type = sniffImageType(data);
      if (type?.extension !== extension) continue;
      return { mime: type.mime as Logo['mime'], type: extension, data };
    }
    return null;
  }

  async clear(): Promise<void> {
    await Promise.all(
      Object.values(files).map((name) => fs.rm(path.join(this.folder, name), { force: true })),
    );
  }
}
