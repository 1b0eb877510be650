/**
 * The windows and the rules every one of them obeys: sandboxed renderer, context isolation,
 * no Node, our own protocol only, no navigation away, no new windows, no permissions.
 *
 * Each window's options are written out at its `new BrowserWindow({…})`, not built by a helper:
 * electronegativity (run by `npm test`, scripts/audit/electronegativity.mjs) reads them there,
 * and windows.test.ts checks exactly what each constructor receives.
 */
import { BrowserWindow, screen, type Rectangle, type WebContents } from 'electron';

export const APP_ORIGIN = 'atelier://app';

/** `route`: the app path to open, e.g. `/session/<id>` when launched by a `.atelier` file. */
export function createMainWindow(preload: string, route = '/'): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Atelier',
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click must not open anything either (new windows are denied anyway).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      // The chime at the end of a sequence plays on time even when this window is hidden
      // behind the projector's or minimised; an idle page schedules nothing, so this costs
      // nothing when no timer runs.
      backgroundThrottling: false,
      // After a restart, a running timer chimes before anyone has clicked in the window.
      autoplayPolicy: 'no-user-gesture-required',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl(route));
  return window;
}

/**
 * The room's display, with its own preload: full screen on the second display when there is
 * one; or, for a video call, the window to share (see `videoCallFrame`).
 */
export function createProjectorWindow(
  preload: string,
  route: string,
  { videoCall = false }: { videoCall?: boolean } = {},
): BrowserWindow {
  const window = new BrowserWindow({
    title: videoCall ? 'Atelier — fenêtre pour la visio' : 'Atelier — projection',
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    ...(videoCall ? videoCallFrame : projectorPlacement()),
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  // Not even Alt brings a menu bar into the shared picture.
  if (videoCall) window.removeMenu();
  void window.loadURL(appUrl(route));
  return window;
}

/**
 * The window shared in a video call: a normal window (not full screen, on the laptop's display)
 * whose content, what the call sends, is exactly 1280 × 720 (16:9, 720p) and stays so.
 */
export const videoCallFrame = {
  width: 1280,
  height: 720,
  useContentSize: true,
  resizable: false,
  maximizable: false,
  fullscreenable: false,
  center: true,
} as const;

/** On the display that is not the laptop's, full screen; else a window. */
export function projectorPlacement(): Partial<Rectangle> & { fullscreen?: boolean } {
  const primary = screen.getPrimaryDisplay();
  const other = screen.getAllDisplays().find((display) => display.id !== primary.id);
  return other ? { ...other.bounds, fullscreen: true } : { width: 1280, height: 720 };
}

/** Applied to every web contents the app creates, whatever window it is in. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'atelier:' && parsed.host === 'app';
  } catch {
    return false;
  }
}

/** Only paths of our own app (and the projector's `?visio=1`): anything else opens the library. */
export function appUrl(route: string): string {
  return /^(\/[A-Za-z0-9_-]+)*\/?(\?visio=1)?$/.test(route)
    ? `${APP_ORIGIN}${route}`
    : `${APP_ORIGIN}/`;
}
