/**
 * Imports a session archive into the library: extracted into a private staging folder inside
 * the library, validated (the zip by readArchive.ts, then `session.json` like any session file,
 * migrations included), then moved in with one rename. Refused archives leave the library as it
 * was. A session whose id the library already has comes in as a new copy, with a new id and a
 * title that says so: nothing is ever overwritten.
 */
import type { ArchiveLimits, ImportedArchive } from '../../../shared/contracts/archives';
import { parseSessionText } from '../../../shared/model/parseSession';
import { fail, ok, type Result } from '../../../shared/result';
import type { Library } from '../library/library';
import { extractArchive } from './readArchive';

export type ImportDeps = {
  library: Library;
  /** Whether a session with this id is already known (open or in the library). */
  isKnownId: (id: string) => Promise<boolean>;
  newId: () => string;
  /** The title of the copy, told apart from the session it copies: "… (copie importée)". */
  copyTitle: (title: string) => string;
  limits?: ArchiveLimits;
};

export async function importArchive(
  bytes: Uint8Array,
  { library, isKnownId, newId, copyTitle, limits }: ImportDeps,
): Promise<Result<ImportedArchive>> {
  const ready = await library.ensureRoot();
  if (!ready.ok) return ready;
  let staging: string | null = null;
  try {
    staging = await library.stagingFolder();
    const extracted = await extractArchive(bytes, staging, limits);
    if (!extracted.ok) return extracted;
    const parsed = parseSessionText(extracted.value.sessionText);
    if (parsed.kind === 'newer') return fail('archive.newerSchema', { version: parsed.version });
    if (parsed.kind !== 'ok')
      return fail(
        'archive.invalidSession',
        parsed.kind === 'invalid' ? { issues: parsed.issues } : {},
      );
    const asCopy = await isKnownId(parsed.session.id);
    const session = asCopy
      ? { ...parsed.session, id: newId(), title: copyTitle(parsed.session.title) }
      : parsed.session;
    const moved = await library.moveIn(staging, session);
    if (!moved.ok) return moved;
    return ok({ id: session.id, title: session.title, asCopy });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    // The disk said no (full, read-only, gone): the library is left as it was.
    return fail('library.folderUnusable', { path: library.root, reason: code });
  } finally {
    if (staging) await library.removeStaging(staging);
  }
}
