/** Session folder names derived from the date and the title (see safeFileName for the rules). */
import { safeFileName } from '../../../shared/util/safeFileName';

/** Room left for " (12)" and for the longest paths inside (`.backups/session-….json`). */
const MAX_LENGTH = 80;

export function sessionFolderName(title: string, date: string | null): string {
  const base = [date ?? '', title.trim() || 'Séance'].filter(Boolean).join(' ');
  return safeFileName(base, MAX_LENGTH, 'Séance');
}

/** `name`, or `name (2)`, `name (3)`… whichever is free (case-insensitive, as on Windows and macOS). */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.normalize('NFC').toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
