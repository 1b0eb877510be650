/**
 * Where an exported file goes, for every kind of export (documents, session archives): next to
 * the session by default; Electron asks with a save dialog; the browser build also offers it
 * as a download. The user is told the path.
 */
import path from 'node:path';
import type { ExportResult } from '../../../shared/contract';
import { fail, ok, type Result } from '../../../shared/result';
import { writeFileAtomic } from '../fs/atomicWrite';
import type { Services } from './types';

export async function saveExported(
  { platform, downloads }: Pick<Services, 'platform' | 'downloads'>,
  folder: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<Result<ExportResult>> {
  const defaultPath = path.join(folder, fileName);
  const target = platform.chooseSavePath ? await platform.chooseSavePath(defaultPath) : defaultPath;
  if (!target) return ok({ status: 'cancelled' as const });
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    return fail('export.writeFailed', {
      reason: (error as NodeJS.ErrnoException).code ?? 'inconnue',
      path: target,
    });
  }
  const downloadId =
    platform.shell === 'browser' ? downloads.register({ path: target, fileName }) : null;
  return ok({
    status: 'saved' as const,
    fileName: path.basename(target),
    path: target,
    downloadId,
  });
}
