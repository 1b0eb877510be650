/**
 * What a file is, from its first bytes rather than its name or the type a browser guessed:
 * the photos Atelier keeps are JPEG, PNG or HEIC/HEIF (iPhones); the copies it shows and puts
 * in documents are JPEG or PNG.
 */
export type ImageType = {
  mime: 'image/jpeg' | 'image/png' | 'image/heic' | 'image/heif';
  extension: 'jpg' | 'png' | 'heic';
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

/** Bytes needed to tell the types apart. */
export const IMAGE_SNIFF_BYTES = 16;

export function sniffImageType(head: Uint8Array): ImageType | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
    return { mime: 'image/jpeg', extension: 'jpg' };
  if (PNG_SIGNATURE.every((byte, i) => head[i] === byte))
    return { mime: 'image/png', extension: 'png' };
  // ISO base media file: a box `ftyp` at offset 4, then the major brand.
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (HEIC_BRANDS.has(brand)) return { mime: 'image/heic', extension: 'heic' };
    if (HEIF_BRANDS.has(brand)) return { mime: 'image/heif', extension: 'heic' };
  }
  return null;
}

/** A copy Word documents and every browser can show. */
export function isDisplayable(type: ImageType | null): boolean {
  return type?.extension === 'jpg' || type?.extension === 'png';
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}
