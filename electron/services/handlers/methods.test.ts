/**
 * The methods library through the handlers, on a real library folder: shipped methods listed
 * with their totals, personal ones saved as files in `.methods/`, a damaged file listed and
 * never overwritten, shipped methods never changed or deleted, sessions' list unaffected.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodList } from '../../../shared/contract';
import { METHODS_FOLDER } from '../methods/methodStore';
import { testApp } from '../testing/testApp';
import { useTempFolder } from '../testing/tempFolder';

const tempFolder = useTempFolder();

function services() {
  const { library, call } = testApp(tempFolder());
  const list = async () => {
    const result = await call('methods.list');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as MethodList;
  };
  return { call, list, library, methods: path.join(library, METHODS_FOLDER) };
}

const personal = {
  id: 'aB3dE5gH7jK9mN1p',
  title: 'Accueil et mots-clés — Liévin',
  description: 'Notre mise en route habituelle pour les quartiers de Liévin.',
  instructions: 'Groupes de 5\u00a0; un mot-clé par groupe.',
  sequences: [
    { kind: 'accueil', title: 'Accueil café', durationMin: 20 },
    {
      kind: 'worldCafe',
      title: 'Tables thématiques',
      durationMin: 0,
      rounds: { count: 2, roundMin: 15, changeMin: 2 },
      groupingPlan: { size: 5, strategy: 'rotation', rounds: 2 },
      boards: [{ title: 'Table Jeunesse', mode: 'clusters', voting: { dots: 3, per: 'person' } }],
    },
  ],
};

describe('methods library', () => {
  it('lists the shipped methods with their total minutes', async () => {
    const { list } = services();
    const { methods, damaged } = await list();
    expect(damaged).toEqual([]);
    expect(methods.every((m) => m.source === 'builtin')).toBe(true);
    expect(methods.find((m) => m.id === 'codeveloppement')).toMatchObject({
      title: 'Co-développement',
      totalMin: 75,
    });
  });

  it('saves a personal method as a file of the library, lists it, updates and deletes it', async () => {
    const { call, list, methods } = services();
    expect(await call('methods.save', { method: personal })).toEqual({
      ok: true,
      value: { id: personal.id },
    });
    const file = path.join(methods, `${personal.id}.json`);
    const written = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(written).toMatchObject({ atelierMethod: 1, title: personal.title });
    // No temp file left beside it: the write was atomic.
    expect(await fs.readdir(methods)).toEqual([`${personal.id}.json`]);

    const listed = (await list()).methods.find((m) => m.id === personal.id);
    expect(listed).toMatchObject({ source: 'personal', totalMin: 20 + 32 });

    await call('methods.save', { method: { ...personal, title: 'Mise en route — Liévin' } });
    expect((await list()).methods.find((m) => m.id === personal.id)?.title).toBe(
      'Mise en route — Liévin',
    );

    expect(await call('methods.delete', { id: personal.id })).toEqual({ ok: true, value: {} });
    expect((await list()).methods.some((m) => m.id === personal.id)).toBe(false);
    expect(await call('methods.delete', { id: personal.id })).toMatchObject({
      ok: false,
      error: { code: 'method.notFound' },
    });
  });

  it('never changes nor deletes a shipped method', async () => {
    const { call, list } = services();
    expect(
      await call('methods.save', { method: { ...personal, id: 'codeveloppement' } }),
    ).toMatchObject({ ok: false, error: { code: 'method.builtin' } });
    expect(await call('methods.delete', { id: 'world-cafe' })).toMatchObject({
      ok: false,
      error: { code: 'method.builtin' },
    });
    expect((await list()).methods.find((m) => m.id === 'codeveloppement')?.title).toBe(
      'Co-développement',
    );
  });

  it('lists a damaged file apart and never overwrites or deletes it', async () => {
    const { call, list, methods } = services();
    await fs.mkdir(methods, { recursive: true });
    const file = path.join(methods, `${personal.id}.json`);
    const damaged = '{"atelierMethod":1,"id":"aB3dE5gH7jK9mN1p","title":"Accueil et mo';
    await fs.writeFile(file, damaged);
    await fs.writeFile(path.join(methods, 'futur.json'), '{"atelierMethod":7,"id":"futur"}');

    const { methods: listed, damaged: skipped } = await list();
    expect(listed.some((m) => m.source === 'personal')).toBe(false);
    expect(skipped).toEqual([
      { file: `${personal.id}.json`, reason: 'damaged' },
      { file: 'futur.json', reason: 'newer' },
    ]);
    expect(await call('methods.save', { method: personal })).toMatchObject({
      ok: false,
      error: { code: 'method.damaged' },
    });
    expect(await call('methods.delete', { id: personal.id })).toMatchObject({
      ok: false,
      error: { code: 'method.damaged' },
    });
    expect(await fs.readFile(file, 'utf8')).toBe(damaged);
  });

  it('keeps the methods folder out of the list of sessions', async () => {
    const { call } = services();
    await call('methods.save', { method: personal });
    await call('library.create', { templateId: null, header: { title: 'Atelier eau' } });
    const sessions = await call('library.list');
    expect(sessions.ok && (sessions.value as { title: string }[]).map((s) => s.title)).toEqual([
      'Atelier eau',
    ]);
  });
});
