import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;
const windows: FakeWindow[] = [];

class FakeWindow {
  static nextId = 1;
  readonly webContents = { id: FakeWindow.nextId++ };
  readonly listeners = new Map<string, Listener>();
  url: string | null = null;
  destroyed = false;
  minimized = false;
  focused = 0;
  menuRemoved = false;
  removeMenu = () => (this.menuRemoved = true);
  constructor(readonly options: Record<string, unknown>) {
    windows.push(this);
  }
  on(name: string, listener: Listener) {
    this.listeners.set(name, listener);
  }
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  restore = () => (this.minimized = false);
  show = () => undefined;
  focus = () => this.focused++;
  close = () => {
    this.destroyed = true;
    this.listeners.get('closed')?.();
  };
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  screen: {
    getPrimaryDisplay: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }),
    getAllDisplays: () => [
      { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
      { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } },
    ],
  },
}));

const { ProjectorWindows } = await import('./projectorWindows');

describe('projector windows', () => {
  beforeEach(() => windows.splice(0));

  it('open the session’s room display full screen on the second display, with the read-only preload', () => {
    const projectors = new ProjectorWindows('/app/preload/projector.cjs');
    projectors.open('seance-gennevilliers');
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window!.url).toBe('atelier://app/projector/seance-gennevilliers');
    expect(window!.options).toMatchObject({ x: 1920, y: 0, fullscreen: true });
    expect(window!.options.webPreferences).toMatchObject({
      preload: '/app/preload/projector.cjs',
      sandbox: true,
      contextIsolation: true,
    });
    expect(projectors.isProjector(window!.webContents.id)).toBe(true);
    expect(projectors.isProjector(window!.webContents.id + 100)).toBe(false);
  });

  it('bring the same window forward when opened again, and a new one once it is closed', () => {
    const projectors = new ProjectorWindows('/p.cjs');
    projectors.open('a');
    windows[0]!.minimized = true;
    projectors.open('a');
    expect(windows).toHaveLength(1);
    expect(windows[0]).toMatchObject({ minimized: false, focused: 1 });
    projectors.open('b');
    expect(windows).toHaveLength(2);

    windows[0]!.close();
    expect(projectors.isProjector(windows[0]!.webContents.id)).toBe(false);
    projectors.open('a');
    expect(windows).toHaveLength(3);
  });

  it('open the window to share in a video call: content exactly 1280 × 720, fixed, no menu', () => {
    const projectors = new ProjectorWindows('/app/preload/projector.cjs');
    projectors.open('seance-visio', { videoCall: true });
    const [window] = windows;
    expect(window!.url).toBe('atelier://app/projector/seance-visio?visio=1');
    expect(window!.options).toMatchObject({
      width: 1280,
      height: 720,
      useContentSize: true,
      resizable: false,
      fullscreenable: false,
      autoHideMenuBar: true,
    });
    // Not sent full screen to the second display: the call shares this window.
    expect(window!.options).not.toHaveProperty('fullscreen');
    expect(window!.options).not.toHaveProperty('x');
    expect(window!.menuRemoved).toBe(true);
    expect(window!.options.webPreferences).toMatchObject({
      preload: '/app/preload/projector.cjs',
      sandbox: true,
    });
    expect(projectors.isProjector(window!.webContents.id)).toBe(true);
  });

  it('replace the room display opened in the other mode, and bring forward the one in the same mode', () => {
    const projectors = new ProjectorWindows('/p.cjs');
    projectors.open('a');
    projectors.open('a', { videoCall: true });
    expect(windows).toHaveLength(2);
    expect(windows[0]!.destroyed).toBe(true);
    expect(projectors.isProjector(windows[0]!.webContents.id)).toBe(false);
    projectors.open('a', { videoCall: true });
    expect(windows).toHaveLength(2);
    expect(windows[1]!.focused).toBe(1);
    projectors.open('a');
    expect(windows).toHaveLength(3);
    expect(windows[1]!.destroyed).toBe(true);
    expect(windows[2]!.options).toMatchObject({ fullscreen: true });
  });

  it('close every room display when the facilitator’s window goes', () => {
    const projectors = new ProjectorWindows('/p.cjs');
    projectors.open('a');
    projectors.open('b');
    projectors.closeAll();
    expect(windows.every((w) => w.destroyed)).toBe(true);
    expect(windows.some((w) => projectors.isProjector(w.webContents.id))).toBe(false);
  });
});
