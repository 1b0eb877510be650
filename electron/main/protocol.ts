/** `atelier://app/…` serves the built renderer, with the Content-Security-Policy as a header. */
import { promises as fs } from 'node:fs';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { resolveStaticFile } from '../services/staticFiles';

export function registerSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'atelier', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(staticDir: string): void {
  protocol.handle('atelier', async (request) => {
    const url = new URL(request.url);
    const found = url.host === 'app' ? await resolveStaticFile(staticDir, url.pathname) : null;
    if (!found) return new Response('Not found', { status: 404 });
    return new Response(await fs.readFile(found.file), {
      headers: {
        'Content-Type': found.type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
