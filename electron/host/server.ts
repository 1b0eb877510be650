/**
 * The browser build's transport: the same contract handlers served over HTTP, for `npm run web`
 * and the end-to-end tests (Electron cannot be downloaded on CI machines).
 *
 * Safe by construction for a server on a laptop: it listens on 127.0.0.1 only; it refuses any
 * request whose Host or Origin is not its own (DNS rebinding, other sites in the browser); every
 * API call needs the per-launch token; static files are served from one folder only.
 *
 *   POST /api/call/<name>   body: JSON input, header X-Atelier-Token → JSON Result
 *   GET  /api/events?token= → Server-Sent Events: `event: <name>` / `data: <payload>`
 *   GET  anything else      → the renderer (index.html for app routes)
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MEDIA_IMPORT_MAX_REQUEST_BYTES } from '../../shared/contracts/media';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import type { AppServices } from '../services/app';
import { callHandler } from '../services/handlers';
import { resolveStaticFile } from '../services/staticFiles';

const MAX_BODY_BYTES = 20 * 1024 * 1024;
/** Calls that carry files get the room their contract allows (a 25 MB photo is 33 MB in base64). */
const bodyLimits = new Map([['media.import', MEDIA_IMPORT_MAX_REQUEST_BYTES]]);

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export type Host = { url: string; port: number; token: string; close: () => Promise<void> };

export async function startHost(options: {
  services: AppServices;
  staticDir: string;
  port?: number;
  token?: string;
  log?: (message: string, error?: unknown) => void;
}): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticDir = options.staticDir;
  let port = 0;
  const streams = new Set<http.ServerResponse>();

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const hasToken = (given: string | null | undefined) => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log?.('host request failed', error);
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal' } });
      else response.end();
    });
  });

  async function handle(
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> {
    if (!allowedHosts().has(request.headers.host ?? ''))
      return sendText(response, 421, 'Misdirected request');
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin))
      return sendText(response, 403, 'Forbidden origin');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/api/')) {
      if (url.pathname === '/api/events' && request.method === 'GET') {
        if (!hasToken(url.searchParams.get('token')))
          return sendText(response, 401, 'Token required');
        return openEventStream(response);
      }
      const download = /^\/api\/download\/([A-Za-z0-9_-]{1,64})$/.exec(url.pathname);
      if (download && request.method === 'GET') {
        if (!hasToken(url.searchParams.get('token')))
          return sendText(response, 401, 'Token required');
        return sendDownload(download[1]!, response);
      }
      const call = /^\/api\/call\/([A-Za-z.]{1,64})$/.exec(url.pathname);
      if (!call || request.method !== 'POST') return sendText(response, 404, 'Not found');
      if (!hasToken(headerValue(request.headers['x-atelier-token'])))
        return sendText(response, 401, 'Token required');
      if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
        return sendText(response, 415, 'JSON only');
      const body = await readBody(request, bodyLimits.get(call[1]!) ?? MAX_BODY_BYTES);
      if (body === null)
        return send(response, 413, {
          ok: false,
          error: { code: 'input.invalid', details: { issues: ['trop volumineux'] } },
        });
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return send(response, 400, {
          ok: false,
          error: { code: 'input.invalid', details: { issues: ['JSON illisible'] } },
        });
      }
      const clientId = headerValue(request.headers['x-atelier-client']) ?? 'browser';
      const result = await callHandler(
        options.services.handlers,
        call[1],
        input,
        { clientId },
        options.log,
      );
      return send(response, 200, result);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendText(response, 405, 'Method not allowed');
    return serveStatic(url.pathname, response);
  }

  function openEventStream(response: http.ServerResponse): void {
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    });
    response.write(': connecté\n\n');
    streams.add(response);
    const unsubscribe = options.services.events.subscribe((name, payload) => {
      response.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const heartbeat = setInterval(() => response.write(': ♥\n\n'), 25_000);
    response.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(response);
    });
  }

  /** Only files an export registered, by their id: never a path from the request. */
  function sendDownload(id: string, response: http.ServerResponse): void {
    const file = options.services.downloads.get(id);
    if (!file) return sendText(response, 404, 'Not found');
    response.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
    createReadStream(file.path).pipe(response);
  }

  async function serveStatic(pathname: string, response: http.ServerResponse): Promise<void> {
    const found = await resolveStaticFile(staticDir, pathname);
    if (!found) return sendText(response, 404, 'Not found');
    response.writeHead(200, { ...securityHeaders, 'Content-Type': found.type });
    createReadStream(found.file).pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: async () => {
      for (const stream of streams) stream.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function readBody(request: http.IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Answer 413 and let the rest of the body drain unread: destroying the socket here
        // would leave the page with a reset connection instead of the answer.
        chunks.length = 0;
        request.removeAllListeners('data');
        request.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
  });
  response.end(JSON.stringify(body));
}

function sendText(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
