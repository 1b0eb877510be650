/** Real PNG files made in tests (no fixture to keep): one colour, any size. */
import { encodeOpaquePng } from '../exporters/png';

export function tinyPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < rgba.length; i += 4) rgba.set([...rgb, 255], i);
  return encodeOpaquePng(rgba, width, height);
}
