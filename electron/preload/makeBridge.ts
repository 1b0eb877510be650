import { ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type AtelierBridge } from '../../shared/bridge';

/** `window.atelier` forwarding only the given calls and events; see the review in main.ts. */
export function makeBridge(
  callNames: readonly string[],
  eventNames: readonly string[],
): AtelierBridge {
  const calls = new Set(callNames);
  const events = new Set(eventNames);
  return {
    invoke: (name, input) =>
      calls.has(name)
        ? ipcRenderer.invoke(IPC_CALL_CHANNEL, name, input)
        : Promise.resolve({ ok: false, error: { code: 'call.unknown' } }),
    on: (name, listener) => {
      if (!events.has(name)) return () => undefined;
      const forward = (_event: IpcRendererEvent, eventName: unknown, payload: unknown) => {
        if (eventName === name) listener(payload);
      };
      ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
      };
    },
  };
}
