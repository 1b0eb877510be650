import type { AtelierBridge } from '../../shared/bridge';
import type { Transport } from './client';

/** Electron: the preload's `window.atelier`; main opens the projector window. */
export function ipcTransport(): Transport | null {
  const bridge = (window as unknown as { atelier?: AtelierBridge }).atelier;
  if (!bridge) return null;
  return {
    invoke: bridge.invoke,
    on: bridge.on,
    openProjector: (sessionId, { videoCall }) =>
      bridge.invoke('projector.open', { id: sessionId, videoCall }),
  };
}
