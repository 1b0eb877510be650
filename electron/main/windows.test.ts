import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; url?: string }[] = [];

vi.mock('electron', () => {
  class BrowserWindow {
    constructor(readonly options: Record<string, unknown>) {
      created.push({ options });
    }
    menuRemoved = false;
    once() {}
    show() {}
    removeMenu() {
      this.menuRemoved = true;
    }
    loadURL(url: string) {
      created.at(-1)!.url = url;
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    screen: {
      getPrimaryDisplay: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [
        { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
        { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } },
      ],
    },
  };
});

const { appUrl, createMainWindow, createProjectorWindow, guardWebContents, isAppUrl } =
  await import('./windows');

/** What every window must run with; `toEqual`, so an added option (a risky one) fails too. */
const secure = (preload: string, spellcheck: boolean) => ({
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
  spellcheck,
});

type Handler = (...args: unknown[]) => unknown;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: Handler | null = null;
  return {
    on: (name: string, handler: Handler) => handlers.set(name, handler),
    setWindowOpenHandler: (handler: Handler) => (openHandler = handler),
    fire(name: string, url?: string) {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      handlers.get(name)?.(event, url);
      return event.defaultPrevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('windows', () => {
  beforeEach(() => created.splice(0));

  it('every window is sandboxed, isolated and without Node, with exactly these options', () => {
    createMainWindow('/app/preload/main.cjs');
    createProjectorWindow('/app/preload/projector.cjs', '/projector/abc');
    expect(created.map((c) => c.options.webPreferences)).toEqual([
      {
        ...secure('/app/preload/main.cjs', true),
        // The facilitator's window keeps its timer and chime on time when hidden.
        backgroundThrottling: false,
        autoplayPolicy: 'no-user-gesture-required',
      },
      secure('/app/preload/projector.cjs', false),
    ]);
    // Never shown by a native "enable Node" or remote-module switch by mistake.
    for (const { options } of created) {
      expect(options).not.toHaveProperty('webPreferences.enableBlinkFeatures');
      expect(options).not.toHaveProperty('webPreferences.enableRemoteModule');
    }
  });

  it('the main window loads our own protocol, at the route it is given', () => {
    createMainWindow('/app/preload/main.cjs');
    createMainWindow('/app/preload/main.cjs', '/session/abc123');
    expect(created.map((c) => c.url)).toEqual(['atelier://app/', 'atelier://app/session/abc123']);
  });

  it('only app paths become addresses', () => {
    expect(appUrl('/session/x_y-1')).toBe('atelier://app/session/x_y-1');
    expect(appUrl('/')).toBe('atelier://app/');
    expect(appUrl('//evil.example/')).toBe('atelier://app/');
    expect(appUrl('https://example.org/')).toBe('atelier://app/');
    expect(appUrl('/session/../../etc?x')).toBe('atelier://app/');
    expect(appUrl('/projector/abc?visio=1')).toBe('atelier://app/projector/abc?visio=1');
    expect(appUrl('/projector/abc?visio=javascript:alert(1)')).toBe('atelier://app/');
    expect(appUrl('/projector/abc?visio=1&next=//evil.example/')).toBe('atelier://app/');
  });

  it('the projector opens full screen on the second display', () => {
    createProjectorWindow('/p.cjs', '/projector/abc');
    expect(created[0]?.options).toMatchObject({
      x: 1920,
      y: 0,
      width: 1280,
      height: 720,
      fullscreen: true,
    });
    expect(created[0]?.url).toBe('atelier://app/projector/abc');
  });

  it('for a video call, the projector is a fixed window whose content is 1280 × 720, without menu', () => {
    const window = createProjectorWindow('/app/preload/projector.cjs', '/projector/abc?visio=1', {
      videoCall: true,
    }) as unknown as { menuRemoved: boolean };
    const { options, url } = created[0]!;
    expect(options).toMatchObject({
      width: 1280,
      height: 720,
      useContentSize: true,
      resizable: false,
      maximizable: false,
      fullscreenable: false,
      autoHideMenuBar: true,
    });
    // On the laptop's display, as a window the call can share, not full screen on the projector.
    expect(options).not.toHaveProperty('fullscreen');
    expect(options).not.toHaveProperty('x');
    expect(options.webPreferences).toEqual(secure('/app/preload/projector.cjs', false));
    expect(window.menuRemoved).toBe(true);
    expect(url).toBe('atelier://app/projector/abc?visio=1');
  });

  it('navigation away from the app and new windows are refused', () => {
    const contents = fakeContents();
    guardWebContents(contents as never);
    expect(contents.fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'http://127.0.0.1:80/')).toBe(true);
    expect(contents.fire('will-navigate', 'atelier://app/session/abc')).toBe(false);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.open('https://example.org/')).toEqual({ action: 'deny' });
  });

  it('recognises only atelier://app as ours', () => {
    expect(isAppUrl('atelier://app/')).toBe(true);
    expect(isAppUrl('atelier://other/')).toBe(false);
    expect(isAppUrl('https://app/')).toBe(false);
    expect(isAppUrl('pas une adresse')).toBe(false);
  });
});
