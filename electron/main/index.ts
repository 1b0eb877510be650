/**
 * Electron main: lifecycle only. One instance (a second launch focuses the first and hands it
 * its files), one main window, every session saved before the app quits. A `.atelier` file the
 * system opens with Atelier (double-click, argv, macOS `open-file`, a second launch) is imported
 * through the same `archive.import` call as the button, then shown.
 */
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, session, shell } from 'electron';
import { errorText } from '../../shared/errors/errorMessage';
import { createTranslator } from '../../shared/i18n/t';
import type { AppError } from '../../shared/result';
import { createAppServices, type AppServices } from '../services/app';
import { archivePathsIn, openArchiveFile } from '../services/archives/openArchiveFile';
import { bundledAssets } from '../services/exporters/exportAssets';
import { consoleAndFile, LogFile, logFileIn } from '../services/logFile';
import { wireIpc } from './ipc';
import { ProjectorWindows } from './projectorWindows';
import { registerSchemeAsPrivileged, serveRenderer } from './protocol';
import { createMainWindow, guardWebContents } from './windows';

const configDir = app.getPath('userData');
const logFile = new LogFile(logFileIn(configDir));
const log = consoleAndFile(logFile);
const preloads = {
  main: path.join(__dirname, '..', 'preload', 'main.cjs'),
  projector: path.join(__dirname, '..', 'preload', 'projector.cjs'),
};
const projectors = new ProjectorWindows(preloads.projector);
let mainWindow: BrowserWindow | null = null;
let services: AppServices | null = null;
/** Files handed over before the app was ready: imported once it is. */
const pendingArchives = archivePathsIn(process.argv.slice(1));

registerSchemeAsPrivileged();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    for (const file of archivePathsIn(argv.slice(1)))
      void openArchive(path.resolve(workingDirectory, file));
  });
  // macOS sends files this way, before `ready` too.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (services) void openArchive(file);
    else pendingArchives.push(file);
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('render-process-gone', (_event, _contents, details) =>
    log(`renderer process gone: ${details.reason} (exit code ${details.exitCode})`),
  );
  app.on('child-process-gone', (_event, details) =>
    log(`${details.type} process gone: ${details.reason}`),
  );
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  // No permission (camera, notifications, geolocation…) is ever granted to page content.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer(path.join(__dirname, '..', 'renderer'));

  const started = createAppServices({
    configDir,
    defaultLibraryPath: path.join(app.getPath('documents'), 'Atelier'),
    exportAssets: bundledAssets(path.join(__dirname, '..', 'resources')),
    logFile: logFile.file,
    licensesDir: path.join(__dirname, '..', 'licenses'),
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
      showInFolder: async (target, kind) => {
        if (kind === 'file') shell.showItemInFolder(target);
        else await shell.openPath(target);
      },
      openProjector: async (sessionId, options) => projectors.open(sessionId, options),
    },
    log,
  });
  services = started;
  logFile.write(
    'info',
    `Atelier ${app.getVersion()} started (electron, ${process.platform} ${process.arch}, Electron ${process.versions.electron})`,
  );
  wireIpc(started, projectors.isProjector, log);

  // Launched by a `.atelier` file: import it first, then open the window on that session.
  let route = '/';
  for (const file of pendingArchives.splice(0)) {
    const imported = await openArchiveFile(started, file, log);
    if (imported.ok) route = `/session/${imported.value.id}`;
    else await showRefusal(imported.error);
  }
  mainWindow = createMainWindow(preloads.main, route);
  mainWindow.on('closed', () => {
    mainWindow = null;
    projectors.closeAll();
  });

  // Save everything before quitting; the quit waits for it.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    void started
      .shutdown()
      .then(() => logFile.flush())
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });
  app.on('window-all-closed', () => app.quit());
}

/** While running: the window follows the `archive.opened` event to the imported session. */
async function openArchive(file: string): Promise<void> {
  if (!services) return;
  const imported = await openArchiveFile(services, file, log);
  if (!imported.ok) await showRefusal(imported.error);
}

/** A refused archive, explained in the user's language, with nothing imported. */
async function showRefusal(error: AppError): Promise<void> {
  const locale = services ? (await services.settings.get()).locale : 'fr';
  const t = createTranslator(locale, { strict: false });
  const options = {
    type: 'warning' as const,
    message: t('archives.openFailed'),
    detail: errorText(t, error),
  };
  if (mainWindow) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}
