import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { useTempFolder } from '../services/testing/tempFolder';

type Handler = (request: Request) => Promise<Response>;
let handler: Handler | null = null;
const privileged: unknown[] = [];

vi.mock('electron', () => ({
  protocol: {
    handle: (_scheme: string, h: Handler) => (handler = h),
    registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes),
  },
}));

const { registerSchemeAsPrivileged, serveRenderer } = await import('./protocol');
const tempFolder = useTempFolder();

describe('atelier:// protocol', () => {
  it('serves the built page with the Content-Security-Policy and nosniff headers', async () => {
    const dir = tempFolder();
    await fs.writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Atelier</title>');
    serveRenderer(dir);
    const response = await handler!(new Request('atelier://app/session/abc'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves nothing outside its folder nor for another host', async () => {
    const dir = tempFolder();
    await fs.mkdir(path.join(dir, 'www'));
    await fs.writeFile(path.join(dir, 'secret.txt'), 'secret');
    serveRenderer(path.join(dir, 'www'));
    for (const url of [
      'atelier://app/..%2fsecret.txt',
      'atelier://app/%2e%2e/secret.txt',
      'atelier://other/index.html',
    ])
      expect((await handler!(new Request(url))).status, url).toBe(404);
  });

  it('is a secure standard scheme, without privileges to bypass the CSP', () => {
    registerSchemeAsPrivileged();
    expect(privileged).toEqual([
      { scheme: 'atelier', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});
