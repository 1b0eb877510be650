/**
 * "No timer makes the renderer busy": while a timer runs and nobody touches the window, how
 * often does the page repaint? Measured in real time on the built browser build (run
 * `npm run build` first), in Chromium, with a performance trace: frames drawn (`DrawFrame`),
 * layouts and timer callbacks per second, over several windows of a few seconds; medians.
 * A control page that changes its text every 100 ms shows that the measure sees repaints.
 * Target: at most 1 frame per second for the run mode and the projector, 0 without a timer.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions, startBrowserHost } from '../tests/support/browserHost';
import { median, table } from './stats';

const WINDOWS = 5;
const WINDOW_MS = 4000;
const SETTLE_MS = 1500;

type TraceEvent = { name: string; ph: string; ts: number };
type Measure = { frames: number; layouts: number; timers: number };

/** Per second, over one window of real time with the page left alone. */
async function measure(browser: Browser, page: Page): Promise<Measure> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame'],
  });
  await page.waitForTimeout(WINDOW_MS);
  const trace = JSON.parse(String(await browser.stopTracing())) as { traceEvents: TraceEvent[] };
  const count = (name: string) =>
    trace.traceEvents.filter((e) => e.name === name && e.ph !== 'E').length / (WINDOW_MS / 1000);
  return { frames: count('DrawFrame'), layouts: count('Layout'), timers: count('TimerFire') };
}

async function medians(browser: Browser, page: Page): Promise<Measure> {
  await page.waitForTimeout(SETTLE_MS);
  const runs: Measure[] = [];
  for (let i = 0; i < WINDOWS; i++) runs.push(await measure(browser, page));
  return {
    frames: median(runs.map((r) => r.frames)),
    layouts: median(runs.map((r) => r.layouts)),
    timers: median(runs.map((r) => r.timers)),
  };
}

export async function run(): Promise<string> {
  const host = await startBrowserHost('atelier-bench-repaints-');
  const { origin: url, token, call } = host;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const idle: { id: string } = await call('library.create', { templateId: 'world-cafe' });
    const running: { id: string } = await call('library.create', {
      templateId: 'seminaire-demi-journee',
    });
    const opened: { session: { agenda: { id: string }[] } } = await call('session.open', {
      id: running.id,
    });
    await call('session.apply', {
      id: running.id,
      clientId: 'bench',
      op: {
        type: 'run.start',
        sequenceId: opened.session.agenda[3]!.id,
        at: new Date().toISOString(),
      },
    });

    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      locale: 'fr-FR',
    });
    const open = async (address: string) => {
      const page = await context.newPage();
      await page.goto(`${url}${address}#token=${token}`);
      await page.locator('html[data-app-state="ready"]').waitFor();
      return page;
    };
    const rows: (string | number)[][] = [];
    const add = (name: string, m: Measure, target: string) =>
      rows.push([name, m.frames.toFixed(1), m.layouts.toFixed(1), m.timers.toFixed(1), target]);

    // A trace covers the whole browser: each page is measured alone (the session stays open
    // for the projector through the calls above), then both together.
    const runMode = await open(`/session/${running.id}/agenda`);
    await runMode.getByRole('timer').waitFor();
    add('run mode, timer running', await medians(browser, runMode), '≤ 1');
    await runMode.close();

    const projector = await open(`/projector/${running.id}`);
    await projector.getByRole('timer').waitFor();
    add('projector, timer running', await medians(browser, projector), '≤ 1');

    const both = await open(`/session/${running.id}/agenda`);
    await both.getByRole('timer').waitFor();
    add('both windows together', await medians(browser, both), '≤ 2 (1 each)');
    await both.close();
    await projector.close();

    const plan = await open(`/session/${idle.id}/agenda`);
    await plan.getByRole('list', { name: 'Séquences du programme' }).waitFor();
    add('agenda, no timer', await medians(browser, plan), '0');
    await plan.close();

    // The control: the same measure on a page that changes its text every 100 ms.
    const busy = await context.newPage();
    await busy.setContent('<p id="t">0</p>');
    await busy.evaluate(() => {
      setInterval(() => {
        document.getElementById('t')!.textContent = String(Date.now());
      }, 100);
    });
    add('control: text changed every 100 ms', await medians(browser, busy), '≈ 10 (sanity)');
    await context.close();

    return [
      `Chromium, 1280×720, medians of ${WINDOWS} windows of ${WINDOW_MS / 1000} s, per second:`,
      table(['page', 'frames drawn', 'layouts', 'timer callbacks', 'target (frames)'], rows),
    ].join('\n');
  } finally {
    await browser.close();
    await host.stop();
  }
}
