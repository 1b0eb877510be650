/**
 * Resolving a URL path to a file of the built renderer, for both transports (Electron's
 * `atelier://` protocol and the browser build's host): never outside the folder; app routes
 * without an extension get `index.html`.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

export async function resolveStaticFile(
  staticDir: string,
  pathname: string,
): Promise<{ file: string; type: string } | null> {
  const root = path.resolve(staticDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const inside = candidate.startsWith(root + path.sep);
  const stat = inside ? await fs.stat(candidate).catch(() => null) : null;
  let file = stat?.isFile() ? candidate : null;
  if (!file) {
    if (path.extname(decoded) !== '') return null;
    file = path.join(root, 'index.html');
  }
  return { file, type: contentTypes[path.extname(file)] ?? 'application/octet-stream' };
}
