import type { AtelierBridge } from '../../shared/bridge';
import type { Transport } from './client';

/** Electron: the preload's `window.atelier`. */
export function ipcTransport(): Transport | null {
  const bridge = (window as unknown as { atelier?: AtelierBridge }).atelier;
  return bridge ?? null;
}
