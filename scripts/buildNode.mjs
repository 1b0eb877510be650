// Bundles the Node side with esbuild: Electron's main and preloads (each one file, as sandboxed
// preloads must be), the browser-build host, and the `atelier` CLI.
// `--cli-only` (used by `prepare` on npm install) builds just the CLI.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { writeLicenses } from './licenses.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const cliOnly = process.argv.includes('--cli-only');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { ATELIER_VERSION: JSON.stringify(version) },
  external: ['electron'],
  metafile: true,
};

const entries = [
  {
    entryPoints: ['electron/cli/atelier.ts'],
    outfile: 'bin/atelier.cjs',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
  },
  ...(cliOnly
    ? []
    : [
        { entryPoints: ['electron/main/index.ts'], outfile: 'out/main/index.cjs' },
        {
          entryPoints: ['electron/preload/main.ts'],
          outfile: 'out/preload/main.cjs',
          platform: 'browser',
          format: 'cjs',
        },
        {
          entryPoints: ['electron/preload/projector.ts'],
          outfile: 'out/preload/projector.cjs',
          platform: 'browser',
          format: 'cjs',
        },
        { entryPoints: ['electron/host/main.ts'], outfile: 'out/host/main.cjs' },
      ]),
];

const results = await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
// Licences of what the app ships (main, preloads, host), for Settings → À propos; the CLI is
// not part of the app.
if (!cliOnly)
  writeLicenses(
    'node',
    results.slice(1).flatMap((result) => Object.keys(result.metafile.inputs)),
  );

// What the exports read at run time, beside the bundles (see electron/services/exporters/exportAssets.ts);
// electron-builder ships out/ whole.
if (!cliOnly) {
  mkdirSync('out/resources/fonts', { recursive: true });
  copyFileSync('resources/fonts/DejaVuSans-Bold.ttf', 'out/resources/fonts/DejaVuSans-Bold.ttf');
  copyFileSync('resources/fonts/LICENSE-DejaVu.txt', 'out/resources/fonts/LICENSE-DejaVu.txt');
  copyFileSync('node_modules/@resvg/resvg-wasm/index_bg.wasm', 'out/resources/resvg.wasm');
}
