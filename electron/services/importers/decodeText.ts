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
  return checked(new TextDecoder('windows-1252').decode(bytes), 'windows-1252');
}

function checked(text: string, encoding: TextEncoding): Result<{ text: string; encoding: TextEncoding }> {
  let garbage = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
    if (isControl || (code >= 0x80 && code <= 0x9f) || code === 0xfffd) garbage += 1;
  }
  if (garbage > Math.max(2, text.length * garbageLimit)) {
    return fail('import.unreadableEncoding', { encoding });
  }
  return ok({ text, encoding });
}
