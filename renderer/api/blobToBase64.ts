/**
 * A file's or blob's bytes as base64, the way files cross the contract (import.preview,
 * media.import, archive.import): the renderer never sends a path. Read natively by the
 * browser, not byte by byte on the UI thread.
 */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('lecture impossible'));
    reader.readAsDataURL(blob);
  });
}
