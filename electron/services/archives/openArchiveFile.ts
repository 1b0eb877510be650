/**
 * Electron: the system hands Atelier a `.atelier` file (double-click, "Open with", a second
 * launch). Its bytes go through `archive.import` like a file the user picked in the window, so
 * both ways share every check; the windows are told where the session went.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { archiveLimits, type ImportedArchive } from '../../../shared/contracts/archives';
import { fail, type Result } from '../../../shared/result';
import type { AppServices } from '../app';
import { callHandler } from '../handlers';
import { toMb } from './writeArchive';

/** `.atelier` files among the arguments a launch received (the rest are Electron's). */
export function archivePathsIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.atelier'));
}

export async function openArchiveFile(
  services: Pick<AppServices, 'handlers' | 'events'>,
  filePath: string,
  log?: (message: string, error?: unknown) => void,
): Promise<Result<ImportedArchive>> {
  const stat = await fs.stat(filePath).catch(() => null);
  if (!stat?.isFile()) return fail('import.fileUnreadable', { path: filePath, reason: 'ENOENT' });
  if (stat.size > archiveLimits.maxArchiveBytes)
    return fail('archive.tooLarge', {
      sizeMb: toMb(stat.size),
      maxMb: toMb(archiveLimits.maxArchiveBytes),
    });
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'inconnue';
    return fail('import.fileUnreadable', { path: filePath, reason });
  }
  const result = (await callHandler(
    services.handlers,
    'archive.import',
    { fileName: path.basename(filePath), data: bytes.toString('base64') },
    { clientId: 'system' },
    log,
  )) as Result<ImportedArchive>;
  if (result.ok) services.events.emit('archive.opened', result.value);
  return result;
}
