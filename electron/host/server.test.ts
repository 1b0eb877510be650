/**
 * The browser build's host, checked claim by claim: loopback only, its own Host and Origin only
 * (DNS rebinding, other sites in the same browser), the per-launch token on every API route,
 * JSON only, bounded bodies, and the same security headers as the desktop app.
 */
import { promises as fs } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MEDIA_MAX_BYTES } from '../../shared/contracts/media';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { createAppServices } from '../services/app';
import { useTempFolder } from '../services/testing/tempFolder';
import { startHost, type Host } from './server';

const tempFolder = useTempFolder();
const running: Host[] = [];
afterEach(async () => {
  for (const host of running.splice(0)) await host.close();
});

async function host() {
  const root = tempFolder();
  const staticDir = path.join(root, 'renderer');
  await fs.mkdir(staticDir);
  await fs.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Atelier</title>');
  await fs.writeFile(path.join(root, 'secret.txt'), 'root:x:0:0');
  const services = createAppServices({
    configDir: path.join(root, 'config'),
    defaultLibraryPath: path.join(root, 'Atelier'),
    platform: { shell: 'browser', version: 'test' },
  });
  const started = await startHost({ services, staticDir, token: 'jeton-de-test-0123456789' });
  running.push(started);
  return { ...started, services };
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A raw request, since fetch will not let a test set Host. */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (port: number, name: string, input: unknown, headers: Record<string, string> = {}) =>
  request(port, {
    method: 'POST',
    path: `/api/call/${name}`,
    headers: {
      'content-type': 'application/json',
      'x-atelier-token': 'jeton-de-test-0123456789',
      ...headers,
    },
    body: JSON.stringify(input),
  });

describe('browser-build host', () => {
  it('listens on 127.0.0.1 only', async () => {
    const { url, port } = await host();
    expect(new URL(url).hostname).toBe('127.0.0.1');
    const reached = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '::1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });

  it('refuses a Host that is not its own (DNS rebinding)', async () => {
    const { port } = await host();
    for (const hostHeader of [`evil.example:${port}`, `127.0.0.1:${port + 1}`, 'localhost'])
      expect((await request(port, { path: '/', headers: { host: hostHeader } })).status).toBe(421);
    expect(
      (await request(port, { path: '/', headers: { host: `localhost:${port}` } })).status,
    ).toBe(200);
  });

  it('refuses requests from another origin, even with the token', async () => {
    const { port } = await host();
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`])
      expect((await call(port, 'library.list', {}, { origin })).status).toBe(403);
    const same = await call(port, 'library.list', {}, { origin: `http://127.0.0.1:${port}` });
    expect(JSON.parse(same.body)).toEqual({ ok: true, value: [] });
  });

  it('requires the per-launch token on every API route', async () => {
    const { port } = await host();
    for (const token of [undefined, '', 'jeton-de-test-012345678X', 'court'])
      expect(
        (
          await call(
            port,
            'library.list',
            {},
            token === undefined ? {} : { 'x-atelier-token': token },
          )
        ).status,
      ).toBe(token === undefined ? 200 : 401);
    const noToken = await request(port, {
      method: 'POST',
      path: '/api/call/library.list',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noToken.status).toBe(401);
    expect((await request(port, { path: '/api/events' })).status).toBe(401);
    expect((await request(port, { path: '/api/events?token=faux' })).status).toBe(401);
    expect((await request(port, { path: '/api/download/abc' })).status).toBe(401);
  });

  it('takes JSON only, so a plain HTML form from another page cannot post', async () => {
    const { port } = await host();
    const form = await call(port, 'library.create', {}, { 'content-type': 'text/plain' });
    expect(form.status).toBe(415);
  });

  it('answers bad input with typed errors', async () => {
    const { port } = await host();
    expect(JSON.parse((await call(port, 'fs.readFile', { path: '/etc/passwd' })).body)).toEqual({
      ok: false,
      error: { code: 'call.unknown' },
    });
    const broken = await request(port, {
      method: 'POST',
      path: '/api/call/library.list',
      headers: {
        'content-type': 'application/json',
        'x-atelier-token': 'jeton-de-test-0123456789',
      },
      body: '{"pas du json',
    });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
  });

  it('bounds request bodies, more for the call that carries an archive', async () => {
    const { port } = await host();
    const big = { title: 'x'.repeat(21 * 1024 * 1024) };
    const refused = await call(port, 'library.rename', big);
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    // 21 Mo of base64 is read for archive.import, and refused as what it is: not an archive.
    const archive = await call(port, 'archive.import', {
      fileName: 'gros.atelier',
      data: 'A'.repeat(21 * 1024 * 1024),
    });
    expect(JSON.parse(archive.body)).toMatchObject({
      ok: false,
      error: { code: 'archive.notAnArchive' },
    });
  });

  it('serves the page with the CSP and never a file outside its folder', async () => {
    const { port } = await host();
    const page = await request(port, { path: '/' });
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    for (const attempt of [
      '/..%2fsecret.txt',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%5csecret.txt',
    ]) {
      const answer = await request(port, { path: attempt });
      expect(answer.body, attempt).not.toContain('root:x');
    }
  });
});

describe('host request sizes', () => {
  it('lets a 25 MB photo through and keeps other calls to 20 MB', async () => {
    const { port } = await host();
    const photo = Buffer.alloc(MEDIA_MAX_BYTES);
    photo.set([0xff, 0xd8, 0xff]);
    const imported = await call(port, 'media.import', {
      id: 'seance',
      mediaId: 'photo1',
      original: photo.toString('base64'),
      display: photo.subarray(0, 1000).toString('base64'),
    });
    expect(imported.status).toBe(200);
    // Read in full, checked, and answered: the session is not open.
    expect(JSON.parse(imported.body)).toMatchObject({
      ok: false,
      error: { code: 'session.notOpen' },
    });
    const tooBig = await call(port, 'library.list', { padding: 'x'.repeat(21 * 1024 * 1024) });
    expect(tooBig.status).toBe(413);
  });
});
