/** A laid-out word cloud as SVG: white ground, bold words in dark colours that print well. */
import type { CloudLayout } from './wordCloud';

/** Contrast of at least 7:1 on white: readable printed in grey and on a washed-out projector. */
const palette = ['#1A3F8F', '#8A2433', '#1D5C45', '#5B2D8E', '#7A3E00', '#27465F'];

export function wordCloudSvg(layout: CloudLayout, fontFamily: string): string {
  const words = layout.words
    .map(
      (w) =>
        `<text x="${num(w.x)}" y="${num(w.baseline)}" font-size="${num(w.fontSize)}" fill="${palette[w.rank % palette.length]}">${escapeXml(w.text)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(layout.width)}" height="${num(layout.height)}" viewBox="0 0 ${num(layout.width)} ${num(layout.height)}">` +
    `<rect width="100%" height="100%" fill="#FFFFFF"/>` +
    `<g font-family="${escapeXml(fontFamily)}" font-weight="bold">${words}</g></svg>`
  );
}

const num = (value: number) => String(Math.round(value * 100) / 100);

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
