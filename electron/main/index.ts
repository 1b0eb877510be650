/**
 * Electron main: lifecycle only. One instance (a second launch focuses the first), one main
 * window, every session saved before the app quits.
 */
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, session } from 'electron';
import { createAppServices } from '../services/app';
import { wireIpc } from './ipc';
import { ProjectorWindows } from './projectorWindows';
import { registerSchemeAsPrivileged, serveRenderer } from './protocol';
import { createMainWindow, guardWebContents } from './windows';

const log = (message: string, error?: unknown) =>
  console.error(`[atelier] ${message}`, error ?? '');
const preloads = {
  main: path.join(__dirname, '..', 'preload', 'main.cjs'),
  projector: path.join(__dirname, '..', 'preload', 'projector.cjs'),
};
const projectors = new ProjectorWindows(preloads.projector);
let mainWindow: BrowserWindow | null = null;

registerSchemeAsPrivileged();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  // No permission (camera, notifications, geolocation…) is ever granted to page content.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer(path.join(__dirname, '..', 'renderer'));

  const services = createAppServices({
    configDir: app.getPath('userData'),
    defaultLibraryPath: path.join(app.getPath('documents'), 'Atelier'),
    platform: {
      shell: 'electron',
      version: app.getVersion(),
      chooseFolder: async () => {
        const options = {
          properties: ['openDirectory', 'createDirectory'] as (
            'openDirectory' | 'createDirectory'
          )[],
        };
        const result = mainWindow
          ? await dialog.showOpenDialog(mainWindow, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseSavePath: async (defaultPath) => {
        const extension = path.extname(defaultPath).slice(1);
        const options = {
          defaultPath,
          filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
        };
        const result = mainWindow
          ? await dialog.showSaveDialog(mainWindow, options)
          : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      openProjector: async (sessionId) => projectors.open(sessionId),
    },
    log,
  });
  wireIpc(services, projectors.isProjector, log);

  mainWindow = createMainWindow(preloads.main);
  mainWindow.on('closed', () => {
    mainWindow = null;
    projectors.closeAll();
  });

  // Save everything before quitting; the quit waits for it.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    void services.shutdown().finally(() => {
      flushed = true;
      app.quit();
    });
  });
  app.on('window-all-closed', () => app.quit());
}
