import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../services/app';
import { useTempFolder } from '../services/testing/tempFolder';

type InvokeHandler = (event: unknown, name: unknown, input: unknown) => Promise<unknown> | unknown;
const handlers = new Map<string, InvokeHandler>();
const sent: { id: number; args: unknown[] }[] = [];

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: InvokeHandler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
  webContents: {
    getAllWebContents: () =>
      [1, 2].map((id) => ({
        id,
        isDestroyed: () => false,
        send: (...args: unknown[]) => sent.push({ id, args }),
      })),
  },
}));

const { wireIpc } = await import('./ipc');
const tempFolder = useTempFolder();

function setup() {
  const root = tempFolder();
  const services = createAppServices({
    configDir: path.join(root, 'config'),
    defaultLibraryPath: path.join(root, 'Atelier'),
    platform: { shell: 'electron', version: 'test' },
  });
  const dispose = wireIpc(
    services,
    (id) => id === 2,
    () => undefined,
  );
  const call = (name: unknown, input: unknown, sender = { id: 1, url: 'atelier://app/' }) =>
    handlers.get('atelier:call')!(
      { sender: { id: sender.id }, senderFrame: { url: sender.url } },
      name,
      input,
    );
  return { services, call, dispose };
}

describe('IPC wiring', () => {
  it('answers a valid call with its result', async () => {
    const { call, dispose } = setup();
    expect(await call('library.list', {})).toEqual({ ok: true, value: [] });
    dispose();
  });

  it('refuses invalid inputs with a typed error, and keeps working', async () => {
    const { call, dispose } = setup();
    const invalid = [
      ['session.open', { id: '../../etc/passwd' }],
      ['session.open', null],
      ['session.open', { id: 'x'.repeat(10_000) }],
      ['library.create', { templateId: 42 }],
      ['session.apply', { id: 'abc', clientId: 'c', op: { type: 'fs.delete', at: 'hier' } }],
      ['settings.update', JSON.parse('{"locale":"fr","__proto__":{"admin":true}}')],
    ] as const;
    for (const [name, input] of invalid) {
      expect(await call(name, input)).toMatchObject({
        ok: false,
        error: { code: 'input.invalid' },
      });
    }
    expect(await call('shell.openExternal', { url: 'https://example.org' })).toMatchObject({
      error: { code: 'call.unknown' },
    });
    expect(await call('library.list', {})).toEqual({ ok: true, value: [] });
    dispose();
  });

  it('refuses calls from a page that is not ours', async () => {
    const { call, dispose } = setup();
    expect(await call('library.list', {}, { id: 1, url: 'https://example.org/' })).toMatchObject({
      ok: false,
      error: { code: 'call.unknown' },
    });
    dispose();
  });

  it('lets the projector window only read', async () => {
    const { call, dispose } = setup();
    expect(
      await call(
        'library.create',
        { templateId: null },
        { id: 2, url: 'atelier://app/projector/x' },
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'call.unknown' },
    });
    expect(
      await call('settings.get', {}, { id: 2, url: 'atelier://app/projector/x' }),
    ).toMatchObject({ ok: true });
    dispose();
  });

  it('pushes events to windows, and only session changes to the projector', async () => {
    const { services, dispose } = setup();
    sent.splice(0);
    services.events.emit('library.changed', {});
    expect(sent.map((s) => s.id)).toEqual([1]);
    dispose();
  });
});
