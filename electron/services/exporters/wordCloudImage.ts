/**
 * The keyword cloud as a PNG: laid out in shared (boards/wordCloud.ts) with this font's real
 * advance widths, drawn as SVG, rasterised by resvg in WebAssembly with only the bundled font
 * (no native module, no system font lookup: the same picture on every machine).
 */
import { promises as fs } from 'node:fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import opentype, { type Font } from 'opentype.js';
import {
  layoutWordCloud,
  type CloudWord,
  type FontMetrics,
} from '../../../shared/boards/wordCloud';
import { wordCloudSvg } from '../../../shared/boards/wordCloudSvg';
import { CLOUD_FONT_FAMILY, type ExportAssets } from './exportAssets';
import { encodeOpaquePng } from './png';

/** Layout units per millimetre (150 dpi), and the rendering zoom on top (225 dpi in all). */
const UNITS_PER_MM = 150 / 25.4;
const ZOOM = 1.5;

type Engine = { font: Uint8Array; metrics: FontMetrics };

/** resvg's module can be initialised once per process, whatever the number of renderers. */
let wasmReady: Promise<void> | null = null;

export class WordCloudRenderer {
  private engine: Promise<Engine> | null = null;

  constructor(private readonly assets: ExportAssets) {}

  async render(
    words: readonly CloudWord[],
    widthMm: number,
    heightMm: number,
  ): Promise<Uint8Array> {
    const { font, metrics } = await this.load();
    const layout = layoutWordCloud(words, {
      width: widthMm * UNITS_PER_MM,
      height: heightMm * UNITS_PER_MM,
      metrics,
    });
    const resvg = new Resvg(wordCloudSvg(layout, CLOUD_FONT_FAMILY), {
      font: { fontBuffers: [font], defaultFontFamily: CLOUD_FONT_FAMILY },
      fitTo: { mode: 'zoom', value: ZOOM },
      textRendering: 1,
    });
    try {
      const image = resvg.render();
      const png = encodeOpaquePng(image.pixels, image.width, image.height);
      image.free();
      return png;
    } finally {
      resvg.free();
    }
  }

  private load(): Promise<Engine> {
    this.engine ??= (async () => {
      wasmReady ??= fs.readFile(this.assets.resvgWasm).then((wasm) => initWasm(wasm));
      const [font] = await Promise.all([fs.readFile(this.assets.cloudFont), wasmReady]);
      const parsed = opentype.parse(
        font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength),
      );
      return { font: new Uint8Array(font), metrics: metricsOf(parsed) };
    })();
    // A failed load (missing file) is tried again next time rather than remembered.
    this.engine.catch(() => (this.engine = null));
    return this.engine;
  }
}

function metricsOf(font: Font): FontMetrics {
  return {
    // Glyph by glyph: opentype.js's shaper stops on some of DejaVu's substitution tables.
    measure: (text, fontSize) => {
      const glyphs = [...text].map((char) => font.charToGlyph(char));
      let units = 0;
      glyphs.forEach((glyph, i) => {
        units += glyph.advanceWidth ?? font.unitsPerEm / 2;
        if (i > 0) units += font.getKerningValue(glyphs[i - 1]!, glyph);
      });
      return (units / font.unitsPerEm) * fontSize;
    },
    ascent: font.ascender / font.unitsPerEm,
    descent: -font.descender / font.unitsPerEm,
  };
}
