/**
 * What kind of file the bytes are, from their content rather than their name: people rename
 * files, and Excel saves « .csv » that are really workbooks and the other way round.
 */
export type SniffedFormat =
  | { kind: 'empty' }
  | { kind: 'xlsx' }
  | { kind: 'oldExcel' }
  | { kind: 'binary'; what: string }
  | { kind: 'utf16' }
  | { kind: 'text' };

const signatures: { what: string; bytes: number[] }[] = [
  { what: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { what: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
  { what: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { what: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { what: 'gzip', bytes: [0x1f, 0x8b] },
  { what: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { what: 'rar', bytes: [0x52, 0x61, 0x72, 0x21] },
];
const zip = [0x50, 0x4b, 0x03, 0x04];
const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function sniffFormat(bytes: Uint8Array, fileName: string): SniffedFormat {
  if (bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d)) {
    return { kind: 'empty' };
  }
  if (startsWith(bytes, zip)) return { kind: 'xlsx' };
  // An OLE2 container is an Excel 97-2003 workbook when so named; else a Word file or the like.
  if (startsWith(bytes, ole2)) {
    return /\.xl[st]$/i.test(fileName) ? { kind: 'oldExcel' } : { kind: 'binary', what: 'ole2' };
  }
  for (const { what, bytes: signature } of signatures) {
    if (startsWith(bytes, signature)) return { kind: 'binary', what };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { kind: 'utf16' };
  return scanForNul(bytes);
}

/** Text never holds NUL bytes, except UTF-16, where every other byte of Latin text is NUL. */
function scanForNul(bytes: Uint8Array): SniffedFormat {
  const sample = bytes.subarray(0, 64 * 1024);
  let even = 0;
  let odd = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  });
  if (even + odd === 0) return { kind: 'text' };
  const half = sample.length / 2;
  if ((odd > 0.4 * half && even < 0.05 * half) || (even > 0.4 * half && odd < 0.05 * half)) {
    return { kind: 'utf16' };
  }
  return { kind: 'binary', what: 'unknown' };
}
