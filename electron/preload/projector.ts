/**
 * Preload of the projector window: the room's display only reads. It may fetch the state of a
 * session the main window has open and follow its changes; nothing else. Main also refuses any
 * other call from this window (ipc.ts, `projectorCalls`).
 */
import { contextBridge } from 'electron';
import { projectorCalls, projectorEvents } from '../../shared/bridge';
import { makeBridge } from './makeBridge';

contextBridge.exposeInMainWorld('atelier', makeBridge(projectorCalls, projectorEvents));

// Security review (PRELOAD_JS_CHECK), as for main.ts, with a read-only subset:
// - Exposes the same `window.atelier` plumbing, forwarding only `projectorCalls` (session.get,
//   settings.get) and `projectorEvents` (session.changed), both listed in shared/bridge.ts.
// - Main enforces the same subset by the sender's id, so a compromised projector page cannot
//   write, import, export or open dialogs even by speaking IPC itself.
// Conclusion: what the room's screen shows can read the open session and nothing more.
