/**
 * Files the exports need at run time: the font the word cloud is drawn in and resvg's
 * WebAssembly. Run from the repository (tests, benchmarks) they are read where they live;
 * the build copies them beside the bundle (out/resources), which the installers ship.
 */
import path from 'node:path';

export const CLOUD_FONT_FILE = 'DejaVuSans-Bold.ttf';
export const CLOUD_FONT_FAMILY = 'DejaVu Sans';

export type ExportAssets = { cloudFont: string; resvgWasm: string };

export function repositoryAssets(root = process.cwd()): ExportAssets {
  return {
    cloudFont: path.join(root, 'resources', 'fonts', CLOUD_FONT_FILE),
    resvgWasm: path.join(root, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm'),
  };
}

/** `resourcesDir`: `out/resources`, beside the bundled main process and host. */
export function bundledAssets(resourcesDir: string): ExportAssets {
  return {
    cloudFont: path.join(resourcesDir, 'fonts', CLOUD_FONT_FILE),
    resvgWasm: path.join(resourcesDir, 'resvg.wasm'),
  };
}
