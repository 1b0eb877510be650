/**
 * Session folder names derived from the date and the title, safe on Windows, macOS and Linux:
 * accents kept (NFC), forbidden characters and reserved names avoided, length bounded.
 */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Room left for " (12)" and for the longest paths inside (`.backups/session-….json`). */
const MAX_LENGTH = 80;

export function sessionFolderName(title: string, date: string | null): string {
  const cleanTitle = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  const base = [date ?? '', cleanTitle || 'Séance'].filter(Boolean).join(' ');
  let name = truncate(base, MAX_LENGTH).replace(/[. ]+$/, '');
  if (RESERVED.test(name) || name.startsWith('.')) name = `_${name}`;
  return name || 'Séance';
}

/** Cuts at a code point boundary, preferably at a space. */
function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return space > max * 0.6 ? cut.slice(0, space) : cut;
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
