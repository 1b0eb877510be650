// Every icon from one drawing, resources/icons/icon.svg, with pure JavaScript/WebAssembly tools
// from npm (no ImageMagick, no native build): `node scripts/makeIcons.mjs`, then commit the files.
//   icon.png (1024 px)      electron-builder's source for macOS and the app's own window icon
//   icon.ico                Windows (NSIS installer, portable .exe, file association)
//   icon.icns               macOS (.app, .dmg)
//   png/<n>x<n>.png         Linux (AppImage, .deb): one drawing per size, sharper than a resize
//   renderer/public/favicon.png   the browser build's tab
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import png2icons from 'png2icons';

const require = createRequire(import.meta.url);
const icons = path.resolve('resources', 'icons');
const svg = readFileSync(path.join(icons, 'icon.svg'), 'utf8');

await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));

function render(size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

function write(file, bytes) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  console.log(`${path.relative(process.cwd(), file)}  ${Math.round(bytes.length / 1024)} Ko`);
}

const master = Buffer.from(render(1024));
write(path.join(icons, 'icon.png'), master);
for (const size of [16, 24, 32, 48, 64, 128, 256, 512])
  write(path.join(icons, 'png', `${size}x${size}.png`), render(size));
write(path.resolve('renderer', 'public', 'favicon.png'), render(64));

// BICUBIC2 keeps edges clean when png2icons scales the master down to each embedded size.
const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, true, true);
const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
if (!ico || !icns) throw new Error('png2icons could not make the ICO or ICNS file');
write(path.join(icons, 'icon.ico'), ico);
write(path.join(icons, 'icon.icns'), icns);
