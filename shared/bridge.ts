/**
 * The one object a preload exposes to the page (`window.atelier`): plumbing only. Names outside
 * the contract are refused; listeners never receive Electron's event (nor its `sender`).
 */
export type AtelierBridge = {
  invoke: (name: string, input: unknown) => Promise<unknown>;
  on: (name: string, listener: (payload: unknown) => void) => () => void;
};

/** The projector window may only read: this is the subset its preload forwards. */
export const projectorCalls = ['session.get', 'settings.get'] as const;
export const projectorEvents = ['session.changed'] as const;

export const IPC_CALL_CHANNEL = 'atelier:call';
export const IPC_EVENT_CHANNEL = 'atelier:event';
