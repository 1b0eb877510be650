/**
 * The contract over Electron IPC: one channel for calls, one for events. Nothing but wiring:
 * behaviour is in electron/services. The sender must be one of our pages; projector windows
 * may only make the read-only calls their preload offers.
 */
import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import {
  IPC_CALL_CHANNEL,
  IPC_EVENT_CHANNEL,
  projectorCalls,
  projectorEvents,
} from '../../shared/bridge';
import { fail } from '../../shared/result';
import type { AppServices } from '../services/app';
import { callHandler } from '../services/handlers';
import { isAppUrl } from './windows';

export function wireIpc(
  services: AppServices,
  isProjector: (contentsId: number) => boolean,
  log: (message: string, error?: unknown) => void,
): () => void {
  ipcMain.handle(IPC_CALL_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl)) return fail('call.unknown');
    if (isProjector(event.sender.id) && !(projectorCalls as readonly unknown[]).includes(name))
      return fail('call.unknown');
    return callHandler(
      services.handlers,
      name,
      input,
      { clientId: `window-${event.sender.id}` },
      log,
    );
  });
  const unsubscribe = services.events.subscribe((name, payload) => {
    for (const contents of webContents.getAllWebContents()) {
      if (contents.isDestroyed()) continue;
      if (isProjector(contents.id) && !(projectorEvents as readonly string[]).includes(name))
        continue;
      contents.send(IPC_EVENT_CHANNEL, name, payload);
    }
  });
  return () => {
    ipcMain.removeHandler(IPC_CALL_CHANNEL);
    unsubscribe();
  };
}
