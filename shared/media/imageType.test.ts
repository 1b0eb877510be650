import { describe, expect, it } from 'vitest';
import { isDisplayable, sniffImageType } from './imageType';

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(
    values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])),
  );

describe('sniffImageType', () => {
  it('recognises JPEG, PNG and HEIC/HEIF by their first bytes', () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe1, 0, 0))).toEqual({
      mime: 'image/jpeg',
      extension: 'jpg',
    });
    expect(sniffImageType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))?.mime).toBe(
      'image/png',
    );
    expect(sniffImageType(bytes(0, 0, 0, 0x18, 'ftypheic', 0, 0, 0, 0))?.mime).toBe('image/heic');
    expect(sniffImageType(bytes(0, 0, 0, 0x18, 'ftypmif1', 0, 0, 0, 0))).toEqual({
      mime: 'image/heif',
      extension: 'heic',
    });
  });

  it('refuses what is not one of them, whatever its name says', () => {
    expect(sniffImageType(bytes('%PDF-1.7'))).toBeNull();
    expect(sniffImageType(bytes('GIF89a'))).toBeNull();
    expect(sniffImageType(bytes(0, 0, 0, 0x18, 'ftypmp42'))).toBeNull();
    expect(sniffImageType(bytes('PK', 3, 4))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it('shows only JPEG and PNG copies as they are', () => {
    expect(isDisplayable(sniffImageType(bytes(0xff, 0xd8, 0xff)))).toBe(true);
    expect(isDisplayable(sniffImageType(bytes(0, 0, 0, 0x18, 'ftypheic')))).toBe(false);
    expect(isDisplayable(null)).toBe(false);
  });
});
