import { describe, expect, it, vi } from 'vitest';

const invoked: unknown[][] = [];
const listeners = new Map<string, ((...args: unknown[]) => void)[]>();

vi.mock('electron', () => ({
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      ),
  },
}));

const { makeBridge } = await import('./makeBridge');

describe('preload bridge', () => {
  it('forwards only the calls it was given', async () => {
    const bridge = makeBridge(['session.get'], ['session.changed']);
    await bridge.invoke('session.get', { id: 'a' });
    expect(await bridge.invoke('library.trash', { id: 'a' })).toEqual({
      ok: false,
      error: { code: 'call.unknown' },
    });
    expect(invoked).toEqual([['atelier:call', 'session.get', { id: 'a' }]]);
  });

  it('hands listeners the payload only, never the Electron event, and unsubscribes', () => {
    const bridge = makeBridge([], ['session.changed']);
    const received: unknown[][] = [];
    const off = bridge.on('session.changed', (...args) => received.push(args));
    const fire = (...args: unknown[]) =>
      listeners.get('atelier:event')?.forEach((l) => l({ sender: 'secret' }, ...args));
    fire('session.changed', { id: 'a' });
    fire('library.changed', {});
    off();
    fire('session.changed', { id: 'b' });
    expect(received).toEqual([[{ id: 'a' }]]);
    expect(bridge.on('library.changed', () => undefined)).toBeTypeOf('function');
    expect(listeners.get('atelier:event')).toHaveLength(0);
  });
});
