/**
 * File and folder names safe on Windows, macOS and Linux: accents kept (NFC), forbidden
 * characters and reserved names avoided, length bounded without cutting a character in two.
 */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

export function safeFileName(text: string, maxLength: number, fallback: string): string {
  const clean = text.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  let name = truncate(clean, maxLength).replace(/[. ]+$/, '');
  if (RESERVED.test(name) || name.startsWith('.')) name = `_${name}`;
  return name || fallback;
}

/** Cuts at a code point boundary, preferably at a space. */
function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return space > max * 0.6 ? cut.slice(0, space) : cut;
}
