import type { z } from 'zod';
import type { CallName, CallOutput, Contract } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import type { Clock } from '../clock';
import type { Downloads } from '../downloads';
import type { EventBus } from '../events';
import type { ExportAssets } from '../exporters/exportAssets';
import type { SessionStore } from '../sessionStore/sessionStore';
import type { SettingsStore } from '../settings';

export type CallContext = { clientId: string };

export type Handler<K extends CallName> = (
  input: z.infer<Contract[K]['input']>,
  context: CallContext,
) => Promise<Result<CallOutput<K>>>;

/** Handlers for a group of calls; `createHandlers` checks that the groups cover the contract. */
export type HandlersFor<K extends CallName> = { [N in K]: Handler<N> };
export type Handlers = HandlersFor<CallName>;

/** What differs between the desktop app and the browser build. */
export type Platform = {
  shell: 'electron' | 'browser';
  version: string;
  /** A native folder picker; absent in the browser build. */
  chooseFolder?: () => Promise<string | null>;
  /** A native save dialog starting at `defaultPath`; null when cancelled. Absent in the browser build. */
  chooseSavePath?: (defaultPath: string) => Promise<string | null>;
  /** Shows a folder, or a file in its folder, in the system's file manager. Absent in the browser build. */
  showInFolder?: (target: string, kind: 'folder' | 'file') => Promise<void>;
  /**
   * Opens the room's display of a session, or brings it forward. Electron: the projector
   * window. Absent in the browser build, whose page opens a tab itself.
   */
  openProjector?: (sessionId: string, options: { videoCall: boolean }) => Promise<void>;
};

/** Where this installation keeps things, for Settings → À propos. */
export type AppPaths = {
  config: string;
  logFile: string | null;
  /** Folder of the licence lists written at build time (out/licenses). */
  licenses: string | null;
};

export type Services = {
  clock: Clock;
  settings: SettingsStore;
  store: SessionStore;
  events: EventBus;
  downloads: Downloads;
  platform: Platform;
  /** The font and WebAssembly exports draw with; the repository's when not given. */
  exportAssets?: ExportAssets;
  paths: AppPaths;
  log?: (message: string, error?: unknown) => void;
};
