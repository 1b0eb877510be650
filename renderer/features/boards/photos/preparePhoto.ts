/**
 * A photo made ready in the window before it is sent: refused at once when too large or not an
 * image, decoded by the browser engine (createImageBitmap follows the camera's orientation),
 * and a display copy drawn on a canvas, at most DISPLAY_MAX_SIDE pixels, as JPEG.
 * Electron and the browser build do the same, with no native image library to ship.
 */
import { DISPLAY_MAX_SIDE, MEDIA_MAX_BYTES } from '../../../../shared/contracts/media';
import { IMAGE_SNIFF_BYTES, sniffImageType } from '../../../../shared/media/imageType';
import { fail, ok, type Result } from '../../../../shared/result';
import { blobToBase64 } from '../../../api/blobToBase64';

export type PreparedPhoto = {
  original: string;
  display: Blob;
  width: number;
  height: number;
};

const DISPLAY_QUALITY = 0.86;

export async function preparePhoto(file: File): Promise<Result<PreparedPhoto>> {
  if (file.size > MEDIA_MAX_BYTES)
    return fail('media.tooLarge', {
      sizeMb: Math.ceil(file.size / (1024 * 1024)),
      maxMb: MEDIA_MAX_BYTES / (1024 * 1024),
    });
  const type = sniffImageType(new Uint8Array(await file.slice(0, IMAGE_SNIFF_BYTES).arrayBuffer()));
  if (!type) return fail('media.notAnImage', { file: file.name });
  const bitmap = await createImageBitmap(file).catch(() => null);
  if (!bitmap)
    return fail(type.extension === 'heic' ? 'media.heicUnsupported' : 'media.undecodable', {
      file: file.name,
    });
  const scale = Math.min(1, DISPLAY_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const display = await draw(width, height, (context) =>
    context.drawImage(bitmap, 0, 0, width, height),
  );
  bitmap.close();
  if (!display) return fail('media.undecodable', { file: file.name });
  return ok({ original: await blobToBase64(file), display, width, height });
}

/** The display copy turned a quarter clockwise. */
export async function turnQuarter(
  display: Blob,
): Promise<{ display: Blob; width: number; height: number } | null> {
  const bitmap = await createImageBitmap(display).catch(() => null);
  if (!bitmap) return null;
  const width = bitmap.height;
  const height = bitmap.width;
  const turned = await draw(width, height, (context) => {
    context.translate(width, 0);
    context.rotate(Math.PI / 2);
    context.drawImage(bitmap, 0, 0);
  });
  bitmap.close();
  return turned ? { display: turned, width, height } : null;
}

async function draw(
  width: number,
  height: number,
  paint: (context: CanvasRenderingContext2D) => void,
): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  // Transparent PNGs become white paper, not black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  paint(context);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', DISPLAY_QUALITY));
}
