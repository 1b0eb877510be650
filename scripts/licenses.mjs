// The licences of the npm packages a bundle actually contains, found at build time from the
// files the bundler put in it (Vite's chunks for the renderer, esbuild's metafile for the Node
// side). Written to out/licenses/<bundle>.json; Settings → À propos lists them (app.about).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The package folder holding `file`, when it is inside node_modules. */
function packageDirOf(file) {
  const clean = path.resolve(file.replace(/^\0/, '').replace(/\?.*$/, ''));
  const parts = clean.split(path.sep);
  const last = parts.lastIndexOf('node_modules');
  if (last === -1 || last + 1 >= parts.length) return null;
  const size = parts[last + 1].startsWith('@') ? 2 : 1;
  return parts.slice(0, last + 1 + size).join(path.sep);
}

function licenseText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : null;
}

/** One entry per package (name and version), sorted by name. */
export function licensesOf(files) {
  const found = new Map();
  for (const file of files) {
    const dir = packageDirOf(file);
    if (!dir || !existsSync(path.join(dir, 'package.json'))) continue;
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    if (!pkg.name || found.has(`${pkg.name}@${pkg.version}`)) continue;
    const license =
      typeof pkg.license === 'string'
        ? pkg.license
        : (pkg.license?.type ?? pkg.licenses?.map((l) => l.type).join(' OR ') ?? 'inconnue');
    found.set(`${pkg.name}@${pkg.version}`, {
      name: pkg.name,
      version: pkg.version,
      license,
      text: licenseText(dir),
    });
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function writeLicenses(bundle, files) {
  const out = path.resolve('out', 'licenses');
  mkdirSync(out, { recursive: true });
  const licenses = licensesOf(files);
  writeFileSync(path.join(out, `${bundle}.json`), `${JSON.stringify(licenses, null, 1)}\n`);
  return licenses;
}
