/**
 * Each test gets its own library and configuration folders and its own `electron/host` (the
 * built `npm run web` server) on a free port: tests never share data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export type Host = { url: string; origin: string; token: string; library: string; config: string };

export const test = base.extend<{ host: Host; app: Page }>({
  host: async ({}, use) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-'));
    const library = path.join(root, 'Documents', 'Atelier');
    const config = path.join(root, 'config');
    const token = `e2e-${Math.random().toString(36).slice(2)}`;
    const child = spawn(
      process.execPath,
      [
        'out/host/main.cjs',
        '--port',
        '0',
        '--library',
        library,
        '--config',
        config,
        '--token',
        token,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        // On a laptop the app and its window share the computer's time zone: Paris, as the
        // browser's (playwright.config.ts). Documents write actual times in it.
        env: { ...process.env, TZ: 'Europe/Paris' },
      },
    );
    const url = await firstUrl(child);
    await use({ url, origin: new URL(url).origin, token, library, config });
    await stop(child);
    rmSync(root, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await use(page);
  },
});

export { expect };

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

/** SIGTERM: the host saves every open session before it exits, as on a real quit. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000);
  });
}

/** Screenshots land in the test output, to be looked at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join('test-results', 'screenshots', `${name}.png`),
    fullPage: true,
  });
}
