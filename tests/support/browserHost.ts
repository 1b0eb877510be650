/**
 * The browser build as end-to-end tests and benchmarks drive it: the built `electron/host` on a
 * free port with its own library and configuration folders, and Debian's Chromium started the
 * way this machine needs (Playwright cannot download its own browser here).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LaunchOptions } from '@playwright/test';

const debianChromium = '/usr/bin/chromium';

/** Chromium as the tests run it: Debian's when installed, quiet on a closed network, in French. */
export const chromiumLaunchOptions: LaunchOptions = {
  ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--lang=fr-FR',
  ],
  // Date and time fields follow the browser's own language, not the page's: French, as a French
  // facilitator's computer shows them (Debian needs chromium-l10n, which .ci/run installs). The
  // C.UTF-8 locale keeps accented download names (fr_FR.UTF-8 is not generated here).
  env: { ...process.env, LANGUAGE: 'fr', LANG: 'C.UTF-8' },
};

export type BrowserHost = {
  /** The address the host printed, with its token: `http://127.0.0.1:<port>/#token=…`. */
  url: string;
  origin: string;
  token: string;
  library: string;
  config: string;
  /** A contract call over HTTP, as the window makes it; throws on a refused call. */
  call: <T = unknown>(name: string, input: unknown) => Promise<T>;
  /** SIGTERM: the host saves every open session before it exits, as on a real quit. */
  stop: () => Promise<void>;
};

export async function startBrowserHost(prefix = 'atelier-e2e-'): Promise<BrowserHost> {
  const host = 'out/host/main.cjs';
  if (!existsSync(host)) throw new Error(`${host} est absent : lancez d’abord « npm run build ».`);
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  const library = path.join(root, 'Documents', 'Atelier');
  const config = path.join(root, 'config');
  const token = `e2e-${Math.random().toString(36).slice(2)}`;
  const child = spawn(
    process.execPath,
    [host, '--port', '0', '--library', library, '--config', config, '--token', token],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // On a laptop the app and its window share the computer's time zone: Paris, as the
      // browser's (playwright.config.ts). Documents write actual times in it.
      env: { ...process.env, TZ: 'Europe/Paris' },
    },
  );
  const url = await firstUrl(child);
  const origin = new URL(url).origin;
  return {
    url,
    origin,
    token,
    library,
    config,
    call: async <T>(name: string, input: unknown): Promise<T> => {
      const response = await fetch(`${origin}/api/call/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Atelier-Token': token },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    stop: async () => {
      await stop(child);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function firstUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${output}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}
