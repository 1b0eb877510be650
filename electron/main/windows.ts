/**
 * The windows and the rules every one of them obeys: sandboxed renderer, context isolation,
 * no Node, our own protocol only, no navigation away, no new windows, no permissions.
 */
import {
  BrowserWindow,
  screen,
  type BrowserWindowConstructorOptions,
  type WebContents,
} from 'electron';

export const APP_ORIGIN = 'atelier://app';

export function secureWebPreferences(
  preload: string,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
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
    spellcheck: true,
  };
}

export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Atelier',
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      ...secureWebPreferences(preload),
      // The chime at the end of a sequence plays on time even when this window is hidden
      // behind the projector's or minimised; an idle page schedules nothing, so this costs
      // nothing when no timer runs.
      backgroundThrottling: false,
      // After a restart, a running timer chimes before anyone has clicked in the window.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

export function createMainWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preload));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/`);
  return window;
}

/** Full screen on the second display when there is one (the projector), else a window. */
export function projectorWindowOptions(preload: string): BrowserWindowConstructorOptions {
  const primary = screen.getPrimaryDisplay();
  const other = screen.getAllDisplays().find((display) => display.id !== primary.id);
  return {
    title: 'Atelier — projection',
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    ...(other
      ? {
          x: other.bounds.x,
          y: other.bounds.y,
          width: other.bounds.width,
          height: other.bounds.height,
          fullscreen: true,
        }
      : { width: 1280, height: 720 }),
    webPreferences: secureWebPreferences(preload),
  };
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
