import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../shared/model/session';
import { gennevilliersSession } from '../../../shared/testing/sampleSession';
import { manualClock, useTempFolder } from '../testing/tempFolder';
import { BACKUPS_KEPT, listBackups } from './backups';
import { LOCK_FILE } from './fileLock';
import { serializeSession } from './sessionFile';
import { SessionStore } from './sessionStore';

const tempFolder = useTempFolder();

async function sessionFolder(
  session: Session = gennevilliersSession(),
  text = serializeSession(session),
) {
  const folder = path.join(tempFolder(), 'Séminaire');
  await fs.mkdir(folder);
  await fs.writeFile(path.join(folder, 'session.json'), text);
  return folder;
}

function makeStore(clock = manualClock(), instanceId = 'laptop-A') {
  return new SessionStore({ clock, instanceId, debounceMs: 20, maxWaitMs: 100 });
}

const readFile = async (folder: string) =>
  JSON.parse(await fs.readFile(path.join(folder, 'session.json'), 'utf8'));
const at = '2025-02-04T09:00:00.000Z';

describe('SessionStore', () => {
  it('opens a session, saves a change after a short pause, and flushes on close', async () => {
    const folder = await sessionFolder();
    const store = makeStore();
    const opened = await store.openFolder(folder);
    expect(opened.ok && opened.value.session.title).toContain('coopérations');
    store.apply('seance-gennevilliers', {
      type: 'session.update',
      fields: { place: 'Nanterre' },
      at,
    });
    await vi.waitFor(async () => expect((await readFile(folder)).place).toBe('Nanterre'));
    store.apply('seance-gennevilliers', {
      type: 'session.update',
      fields: { place: 'Liévin' },
      at,
    });
    await store.close('seance-gennevilliers');
    expect((await readFile(folder)).place).toBe('Liévin');
    expect(await fs.readdir(folder)).not.toContain(LOCK_FILE);
  });

  it('saves at least every maxWait while changes keep coming', async () => {
    const folder = await sessionFolder();
    const store = new SessionStore({
      clock: { now: () => Date.now() },
      instanceId: 'A',
      debounceMs: 80,
      maxWaitMs: 150,
    });
    await store.openFolder(folder);
    const started = Date.now();
    let saved = false;
    while (Date.now() - started < 600 && !saved) {
      store.apply('seance-gennevilliers', {
        type: 'session.update',
        fields: { title: `frappe ${Date.now()}` },
        at,
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      saved = (await readFile(folder)).title.startsWith('frappe');
    }
    expect(saved).toBe(true);
    await store.closeAll();
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, 200), 'session.truncated'],
    ['empty', () => '', 'session.truncated'],
    ['not JSON', () => 'PK\u0003\u0004\u0000binaire', 'session.notJson'],
    ['invalid', (text: string) => text.replace('"2025-02-04"', '"4 février"'), 'session.invalid'],
  ])(
    'never overwrites a %s file and points to the newest valid backup',
    async (_label, damage, code) => {
      const folder = await sessionFolder();
      const clock = manualClock();
      const store = makeStore(clock);
      await store.openFolder(folder); // makes the backup
      await store.close('seance-gennevilliers');
      const damaged = damage(await fs.readFile(path.join(folder, 'session.json'), 'utf8'));
      await fs.writeFile(path.join(folder, 'session.json'), damaged);

      const result = await makeStore(clock, 'laptop-B').openFolder(folder);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      expect(result.error.details).toMatchObject({
        backupId: expect.stringMatching(/^session-/),
        readOnlyAvailable: false,
      });
      expect(await fs.readFile(path.join(folder, 'session.json'), 'utf8')).toBe(damaged);
    },
  );

  it('restores a backup and keeps the damaged file beside it', async () => {
    const folder = await sessionFolder();
    const store = makeStore();
    await store.openFolder(folder);
    await store.close('seance-gennevilliers');
    await fs.writeFile(
      path.join(folder, 'session.json'),
      '{"schemaVersion":1,"id":"seance-gennevilliers","ti',
    );
    const [backup] = await listBackups(folder);
    const restored = await store.restoreBackup(folder, backup!.id);
    expect(restored.ok && restored.value.session.participants[0]?.firstName).toBe('Aïcha');
    const names = await fs.readdir(folder);
    const kept = names.find((n) => n.startsWith('session.damaged-'));
    expect(kept).toBeDefined();
    expect(await fs.readFile(path.join(folder, kept!), 'utf8')).toContain('"ti');
    expect(restored.ok && restored.value.keptAs).toBe(kept);
  });

  it('opens a file from a newer Atelier read-only only, and never writes it', async () => {
    const newer = { ...gennevilliersSession(), schemaVersion: 2, hologramme: true };
    const text = JSON.stringify(newer);
    const folder = await sessionFolder(undefined, text);
    const store = makeStore();
    const refused = await store.openFolder(folder);
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'session.newerSchema',
      details: { readOnlyAvailable: true },
    });
    const readOnly = await store.openFolder(folder, { readOnly: true });
    expect(readOnly.ok && readOnly.value.readOnly).toBe(true);
    const change = store.apply('seance-gennevilliers', {
      type: 'session.update',
      fields: { title: 'x' },
      at,
    });
    expect(!change.ok && change.error.code).toBe('session.readOnly');
    await store.closeAll();
    expect(await fs.readFile(path.join(folder, 'session.json'), 'utf8')).toBe(text);
  });

  it('lets only one Atelier write a session; the other may read it', async () => {
    const folder = await sessionFolder();
    const first = makeStore(manualClock(), 'window-1');
    const second = makeStore(manualClock(), 'window-2');
    expect((await first.openFolder(folder)).ok).toBe(true);
    const refused = await second.openFolder(folder);
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'session.locked',
      details: { readOnlyAvailable: true },
    });
    expect((await second.openFolder(folder, { readOnly: true })).ok).toBe(true);
    await first.close('seance-gennevilliers');
    await second.closeAll();
    expect((await makeStore(manualClock(), 'window-3').openFolder(folder)).ok).toBe(true);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const folder = await sessionFolder();
    const os = await import('node:os');
    await fs.writeFile(
      path.join(folder, LOCK_FILE),
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        host: os.hostname(),
        instanceId: 'crashed',
        since: at,
        app: 'Atelier',
      }),
    );
    expect((await makeStore().openFolder(folder)).ok).toBe(true);
  });

  it('backs up on open and at most every five minutes while it changes, keeping the newest 20', async () => {
    const folder = await sessionFolder();
    const clock = manualClock();
    const store = makeStore(clock);
    await store.openFolder(folder);
    expect(await listBackups(folder)).toHaveLength(1);
    for (let minute = 1; minute <= 130; minute++) {
      clock.advance(60_000);
      store.apply('seance-gennevilliers', {
        type: 'session.update',
        fields: { title: `version ${minute}` },
        at,
      });
      await store.flush('seance-gennevilliers');
    }
    const backups = await listBackups(folder);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    const newest = JSON.parse(
      await fs.readFile(path.join(folder, '.backups', backups[0]!.id), 'utf8'),
    );
    expect(newest.title).toBe('version 130');
    const times = backups.map((b) => Date.parse(b.savedAt));
    times.slice(1).forEach((t, i) => expect(times[i]! - t).toBeGreaterThanOrEqual(5 * 60_000));
    await store.closeAll();
  });

  it('reports a failed save, keeps the change in memory and saves it once the disk is back', async () => {
    const folder = await sessionFolder();
    const statuses: boolean[] = [];
    const store = new SessionStore({
      clock: manualClock(),
      instanceId: 'A',
      debounceMs: 10,
      onSaveStatus: (s) => statuses.push(s.ok),
    });
    await store.openFolder(folder);
    const target = path.join(folder, 'session.json');
    await fs.rename(target, `${target}.moved`);
    await fs.mkdir(target); // the file cannot be replaced for now
    store.apply('seance-gennevilliers', {
      type: 'session.update',
      fields: { place: 'Hazebrouck' },
      at,
    });
    const failed = await store.flush('seance-gennevilliers');
    expect(!failed.ok && failed.error.code).toBe('session.writeFailed');
    await fs.rmdir(target);
    expect((await store.flush('seance-gennevilliers')).ok).toBe(true);
    expect((await readFile(folder)).place).toBe('Hazebrouck');
    expect(statuses).toEqual([false, true]);
    await store.closeAll();
  });
});
