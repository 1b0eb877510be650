/**
 * Wires the services together once; electron/main, electron/host and tests all start here, so
 * the desktop app and the browser build run the same code on the same files.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { systemClock, type Clock } from './clock';
import { Downloads } from './downloads';
import { EventBus } from './events';
import type { ExportAssets } from './exporters/exportAssets';
import { createHandlers, type Handlers, type Platform } from './handlers';
import { SessionStore } from './sessionStore/sessionStore';
import { SettingsStore } from './settings';

export type AppServices = {
  handlers: Handlers;
  events: EventBus;
  store: SessionStore;
  settings: SettingsStore;
  downloads: Downloads;
  /** Saves every open session and releases its lock: on window close, quit and signals. */
  shutdown: () => Promise<void>;
};

export function createAppServices(options: {
  configDir: string;
  /** Used until the user picks another folder (then kept in settings). */
  defaultLibraryPath: string;
  platform: Platform;
  /** Bundled builds pass `bundledAssets(...)`; tests and benchmarks read the repository's. */
  exportAssets?: ExportAssets;
  /** The log file, when this process keeps one (see logFile.ts). */
  logFile?: string;
  /** Where the build left its licence lists (out/licenses). */
  licensesDir?: string;
  clock?: Clock;
  log?: (message: string, error?: unknown) => void;
}): AppServices {
  const clock = options.clock ?? systemClock;
  const events = new EventBus();
  const downloads = new Downloads(clock);
  const settings = new SettingsStore(path.join(options.configDir, 'settings.json'), {
    locale: 'fr',
    libraryPath: options.defaultLibraryPath,
    lastSessionId: null,
  });
  const store = new SessionStore({
    clock,
    instanceId: randomUUID(),
    appName: options.platform.shell === 'electron' ? 'Atelier' : 'Atelier (navigateur)',
    onSaveStatus: (status) => {
      if (!status.ok) options.log?.(`save of session ${status.id} failed: ${status.reason}`);
      events.emit(
        'session.saved',
        status.ok
          ? { id: status.id, ok: true }
          : { id: status.id, ok: false, reason: status.reason },
      );
    },
  });
  const handlers = createHandlers({
    downloads,
    clock,
    settings,
    store,
    events,
    platform: options.platform,
    ...(options.exportAssets ? { exportAssets: options.exportAssets } : {}),
    paths: {
      config: options.configDir,
      logFile: options.logFile ?? null,
      licenses: options.licensesDir ?? null,
    },
    ...(options.log ? { log: options.log } : {}),
  });
  return { handlers, events, store, settings, downloads, shutdown: () => store.closeAll() };
}
