/**
 * Bytes of a text export to text. UTF-8 (with or without BOM) is recognised by decoding it
 * strictly; anything else is taken as Windows-1252, what French Excel writes for « CSV
 * (séparateur : point-virgule) ». Windows-1252 decodes every byte, so a file in yet another
 * encoding is caught by what it decodes to: control characters and the five bytes
 * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) never occur in a real list.
 */
import { fail, ok, type Result } from '../../../shared/result';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** Above this share of control characters, the text is not a table in any encoding. */
const garbageLimit = 0.005;

export function decodeText(bytes: Uint8Array): Result<{ text: string; encoding: TextEncoding }> {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return checked(text, hasBom ? 'utf-8-bom' : 'utf-8');
  } catch {
    // A BOM promises UTF-8: invalid bytes after it mean a damaged file, not Windows-1252.
    if (hasBom) return fail('import.unreadableEncoding', { encoding: 'utf-8-bom' });
  }
  return checked(decodeWindows1252(bytes), 'windows-1252');
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F, where it has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” •
 * – — ˜ ™ š › œ ž Ÿ. Node 20.18.3+ decodes the label as plain Latin-1, turning ’ and Œ into
 * control characters (nodejs/node#60888, #56542), so those 32 bytes are mapped here as the WHATWG
 * Encoding Standard does; on a fixed Node the mapping finds nothing left to do.
 */
const c1ToWindows1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) =>
      String.fromCharCode(c1ToWindows1252[char.charCodeAt(0) - 0x80] ?? char.charCodeAt(0)),
    );
}

function checked(
  text: string,
  encoding: TextEncoding,
): Result<{ text: string; encoding: TextEncoding }> {
  let garbage = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
    if (isControl || (code >= 0x80 && code <= 0x9f) || code === 0xfffd) garbage += 1;
  }
  if (garbage > Math.max(2, text.length * garbageLimit)) {
    return fail('import.unreadableEncoding', { encoding });
  }
  return ok({ text, encoding });
}
