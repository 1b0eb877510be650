/**
 * Each test gets its own library and configuration folders and its own `electron/host` (the
 * built `npm run web` server) on a free port: tests never share data.
 */
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startBrowserHost, type BrowserHost } from '../support/browserHost';

export type Host = BrowserHost;

export const test = base.extend<{ host: Host; app: Page }>({
  host: async ({}, use) => {
    const host = await startBrowserHost();
    await use(host);
    await host.stop();
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await use(page);
  },
});

export { expect };

/** Screenshots land in the test output, to be looked at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join('test-results', 'screenshots', `${name}.png`),
    fullPage: true,
  });
}
