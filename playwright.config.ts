import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browserHost';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [
    ['list'],
    [
      'json',
      {
        outputFile:
          process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/reports/playwright.json',
      },
    ],
  ],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    // Playwright cannot download its browsers here: Debian's Chromium when it is installed.
    launchOptions: chromiumLaunchOptions,
  },
});
