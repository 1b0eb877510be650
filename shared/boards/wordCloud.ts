/**
 * A word cloud laid out as plain data: each keyword gets a size from how often it was written
 * and a place on an outward spiral from the centre, horizontal (readable on paper and on a
 * washed-out projector), never overlapping another. Every word is placed: when they do not fit,
 * all sizes shrink and the layout starts again. Deterministic: the same words give the same cloud.
 * Text is measured by the caller (the Node side reads the bundled font), so this stays pure.
 */
export type CloudWord = { text: string; weight: number };

export type FontMetrics = {
  /** Advance width of `text` at `fontSize`, in the cloud's units. */
  measure: (text: string, fontSize: number) => number;
  /** Above and below the baseline, per unit of font size. */
  ascent: number;
  descent: number;
};

export type PlacedWord = CloudWord & {
  /** Top-left corner of the word's box, and its baseline. */
  x: number;
  y: number;
  baseline: number;
  fontSize: number;
  width: number;
  height: number;
  /** 0 for the most written word. */
  rank: number;
};

export type CloudLayout = { width: number; height: number; words: PlacedWord[] };

type Box = { x: number; y: number; width: number; height: number };

export function layoutWordCloud(
  input: readonly CloudWord[],
  options: { width: number; height: number; metrics: FontMetrics; maxFontSize?: number },
): CloudLayout {
  const { width, height, metrics } = options;
  const words = input
    .map((word, index) => ({ ...word, index }))
    .filter((w) => w.text.trim() !== '' && w.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const maxWeight = words[0]?.weight ?? 1;
  const minWeight = words.at(-1)?.weight ?? 1;
  let maxSize = options.maxFontSize ?? height / 4.5;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const minSize = maxSize / 3.2;
    const placed = tryLayout(words, {
      width,
      height,
      metrics,
      maxSize,
      minSize,
      maxWeight,
      minWeight,
    });
    if (placed) return { width, height, words: placed };
    maxSize *= 0.9;
  }
  throw new Error(`word cloud: ${words.length} words do not fit in ${width}×${height}`);
}

function tryLayout(
  words: readonly (CloudWord & { index: number })[],
  o: {
    width: number;
    height: number;
    metrics: FontMetrics;
    maxSize: number;
    minSize: number;
    maxWeight: number;
    minWeight: number;
  },
): PlacedWord[] | null {
  const placed: PlacedWord[] = [];
  const boxes: Box[] = [];
  const margin = o.maxSize * 0.08;
  for (const [rank, word] of words.entries()) {
    const share =
      o.maxWeight === o.minWeight
        ? 0.6
        : Math.sqrt((word.weight - o.minWeight) / (o.maxWeight - o.minWeight));
    const fontSize = o.minSize + (o.maxSize - o.minSize) * share;
    const pad = fontSize * 0.12;
    const w = o.metrics.measure(word.text, fontSize) + 2 * pad;
    const h = (o.metrics.ascent + o.metrics.descent) * fontSize + pad;
    if (w > o.width - 2 * margin || h > o.height - 2 * margin) return null;
    const spot = findSpot(w, h, boxes, o.width, o.height, margin);
    if (!spot) return null;
    boxes.push({ ...spot, width: w, height: h });
    placed.push({
      text: word.text,
      weight: word.weight,
      x: spot.x + pad,
      y: spot.y + pad / 2,
      baseline: spot.y + pad / 2 + o.metrics.ascent * fontSize,
      fontSize,
      width: w - 2 * pad,
      height: h - pad,
      rank,
    });
  }
  return placed;
}

/** The first free spot on a spiral from the centre, stretched to the cloud's proportions. */
function findSpot(
  w: number,
  h: number,
  boxes: readonly Box[],
  width: number,
  height: number,
  margin: number,
): { x: number; y: number } | null {
  const cx = width / 2;
  const cy = height / 2;
  const stretch = width / height;
  const step = Math.min(width, height) / 400;
  const maxRadius = Math.hypot(width, height) / 2;
  for (let angle = 0, radius = 0; radius <= maxRadius; angle += 0.12) {
    radius = step * angle;
    const x = cx + radius * Math.cos(angle) * stretch - w / 2;
    const y = cy + radius * Math.sin(angle) - h / 2;
    if (x < margin || y < margin || x + w > width - margin || y + h > height - margin) continue;
    const box = { x, y, width: w, height: h };
    if (!boxes.some((other) => overlaps(box, other))) return { x, y };
  }
  return null;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
