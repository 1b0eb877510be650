import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../app';
import { callHandler, type Platform } from './index';
import { useTempFolder } from '../testing/tempFolder';

const tempFolder = useTempFolder();

function services(platform: Partial<Platform> = {}) {
  const root = tempFolder();
  const app = createAppServices({
    configDir: path.join(root, 'config'),
    defaultLibraryPath: path.join(root, 'Documents', 'Atelier'),
    platform: { shell: 'browser', version: '0.0.0-test', ...platform },
  });
  const call = async (name: string, input: unknown = {}) =>
    callHandler(app.handlers, name, input, { clientId: 'test' });
  const value = async (name: string, input: unknown = {}) => {
    const result = await call(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as never;
  };
  return { app, call, value, library: path.join(root, 'Documents', 'Atelier') };
}

describe('handlers', () => {
  it('create a session from the half-day template with the Gennevilliers agenda', async () => {
    const { value, library } = services();
    const { id } = await value('library.create', {
      templateId: 'seminaire-demi-journee',
      header: { date: '2025-02-04' },
    });
    const opened: { session: { agenda: { title: string; durationMin: number }[]; title: string } } =
      await value('session.open', { id });
    expect(opened.session.agenda.map((s) => s.title)[0]).toBe('Accueil convivial');
    expect(opened.session.agenda.reduce((sum, s) => sum + s.durationMin, 0)).toBe(210);
    expect(await fs.readdir(library)).toEqual([
      '2025-02-04 Renforcer les coopérations éducatives la démarche impact collectif',
    ]);
  });

  it('list sessions newest first with their participant counts', async () => {
    const { value } = services();
    await value('library.create', {
      templateId: null,
      header: { title: 'Atelier eau — séance 1' },
    });
    await new Promise((r) => setTimeout(r, 5));
    await value('library.create', {
      templateId: 'world-cafe',
      header: { title: 'World café de Liévin' },
    });
    const list: { title: string; participantCount: number; status: string }[] =
      await value('library.list');
    expect(list.map((s) => s.title)).toEqual(['World café de Liévin', 'Atelier eau — séance 1']);
    expect(list.every((s) => s.participantCount === 0 && s.status === 'ok')).toBe(true);
  });

  it('rename a closed session: title and folder follow', async () => {
    const { value, library } = services();
    const { id } = await value('library.create', {
      templateId: null,
      header: { title: 'Brouillon', date: '2025-03-01' },
    });
    await value('library.rename', { id, title: 'Séminaire des cités éducatives' });
    expect(await fs.readdir(library)).toEqual(['2025-03-01 Séminaire des cités éducatives']);
    const [summary]: { title: string }[] = await value('library.list');
    expect(summary?.title).toBe('Séminaire des cités éducatives');
  });

  it('duplicate a session into a new folder with a new id and the same content', async () => {
    const { value, app } = services();
    const { id } = await value('library.create', {
      templateId: 'world-cafe',
      header: { title: 'World café' },
    });
    await value('session.open', { id });
    await value('session.apply', {
      id,
      clientId: 'c',
      op: {
        type: 'session.update',
        fields: { place: 'Condé-sur-l’Escaut' },
        at: '2025-02-04T09:00:00.000Z',
      },
    });
    const copy: { id: string; title: string } = await value('library.duplicate', { id });
    expect(copy.id).not.toBe(id);
    expect(copy.title).toBe('World café (copie)');
    const opened: { session: { place: string; agenda: unknown[] } } = await value('session.open', {
      id: copy.id,
    });
    expect(opened.session.place).toBe('Condé-sur-l’Escaut');
    expect(opened.session.agenda).toHaveLength(6);
    await app.shutdown();
  });

  it('delete to the trash and bring it back', async () => {
    const { value } = services();
    const { id } = await value('library.create', {
      templateId: null,
      header: { title: 'À supprimer' },
    });
    const { trashId }: { trashId: string } = await value('library.trash', { id });
    expect(await value('library.list')).toEqual([]);
    expect(await value('library.untrash', { trashId })).toEqual({ id });
    expect(((await value('library.list')) as { id: string }[]).map((s) => s.id)).toEqual([id]);
  });

  it('refuse invalid input with a typed error before any handler runs', async () => {
    const { call } = services();
    expect(await call('session.open', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid' },
    });
    expect(await call('session.open', 42)).toMatchObject({
      ok: false,
      error: { code: 'input.invalid' },
    });
    expect(
      await call('library.create', JSON.parse('{"templateId":null,"__proto__":{"polluted":true}}')),
    ).toMatchObject({
      ok: false,
      error: { code: 'input.invalid' },
    });
    expect(await call('fs.readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'call.unknown' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('broadcast applied operations to the other windows', async () => {
    const { value, app } = services();
    const seen: string[] = [];
    app.events.subscribe((name, payload) =>
      seen.push(`${name}:${JSON.stringify((payload as { origin?: string }).origin ?? '')}`),
    );
    const { id } = await value('library.create', { templateId: null });
    await value('session.open', { id });
    await value('session.apply', {
      id,
      clientId: 'main-window',
      op: { type: 'session.update', fields: { title: 'Hello' }, at: '2025-02-04T09:00:00.000Z' },
    });
    expect(seen, JSON.stringify(seen)).toContain('session.changed:"main-window"');
    await app.shutdown();
  });

  it('open the room display of an open session where the platform can', async () => {
    const opened: string[] = [];
    const { value, call } = services({
      shell: 'electron',
      openProjector: async (id, { videoCall }) => void opened.push(videoCall ? `${id} visio` : id),
    });
    const { id } = await value('library.create', { templateId: 'seminaire-demi-journee' });
    expect(await call('projector.open', { id })).toMatchObject({
      ok: false,
      error: { code: 'session.notOpen' },
    });
    await value('session.open', { id });
    expect(await call('projector.open', { id })).toEqual({ ok: true, value: {} });
    expect(await call('projector.open', { id, videoCall: true })).toEqual({ ok: true, value: {} });
    expect(opened).toEqual([id, `${id} visio`]);
    expect(await services().call('projector.open', { id })).toMatchObject({
      error: { code: 'platform.unsupported' },
    });
  });
});
