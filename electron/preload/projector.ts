/**
 * Preload of the projector window: the room's display only reads. It may fetch the state of a
 * session the main window has open and follow its changes; nothing else. Main also refuses any
 * other call from this window. Security review: as main.ts, with a read-only subset.
 */
import { contextBridge } from 'electron';
import { projectorCalls, projectorEvents } from '../../shared/bridge';
import { makeBridge } from './makeBridge';

contextBridge.exposeInMainWorld('atelier', makeBridge(projectorCalls, projectorEvents));
