import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; url?: string }[] = [];

vi.mock('electron', () => {
  class BrowserWindow {
    constructor(readonly options: Record<string, unknown>) {
      created.push({ options });
    }
    once() {}
    show() {}
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

const { createMainWindow, guardWebContents, isAppUrl, mainWindowOptions, projectorWindowOptions } =
  await import('./windows');

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

  it('every window is sandboxed, isolated and without Node', () => {
    for (const options of [
      mainWindowOptions('/app/preload.cjs'),
      projectorWindowOptions('/app/projector.cjs'),
    ]) {
      expect(options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      });
    }
  });

  it('the main window loads our own protocol with its preload', () => {
    createMainWindow('/app/preload/main.cjs');
    expect(created[0]?.url).toBe('atelier://app/');
    expect((created[0]?.options.webPreferences as { preload: string }).preload).toBe(
      '/app/preload/main.cjs',
    );
  });

  it('the projector opens full screen on the second display', () => {
    expect(projectorWindowOptions('/p.cjs')).toMatchObject({
      x: 1920,
      y: 0,
      width: 1280,
      height: 720,
      fullscreen: true,
    });
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
