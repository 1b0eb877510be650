import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../importers/testing/importFixture';
import { testApp } from '../testing/testApp';
import { useTempFolder } from '../testing/tempFolder';

const tempFolder = useTempFolder();

async function openSession() {
  const { app, call } = testApp(tempFolder());
  const created = await call('library.create', { templateId: null });
  if (!created.ok) throw new Error(created.error.code);
  const { id } = created.value as { id: string };
  await call('session.open', { id });
  return { app, call, id };
}

describe('import.preview', () => {
  it('reads the bytes sent in base64 against the open session, and changes nothing', async () => {
    const { app, call, id } = await openSession();
    const data = Buffer.from(await fixtureBytes('google-forms-lievin.csv')).toString('base64');
    const result = await call('import.preview', {
      id,
      fileName: 'inscriptions.csv',
      data,
      mapping: null,
    });
    expect(result).toMatchObject({
      ok: true,
      value: { fileName: 'inscriptions.csv', rowCount: 10, separator: ',' },
    });
    const opened = await call('session.get', { id });
    expect(opened).toMatchObject({ ok: true, value: { session: { participants: [] } } });
    await app.shutdown();
  });

  it('flags a second person of a collectivité once the session has the rule on', async () => {
    const { app, call, id } = await openSession();
    const data = Buffer.from(await fixtureBytes('anct-cycle-collectivites.csv')).toString('base64');
    const input = { id, fileName: 'inscriptions-cycle.csv', data, mapping: null };
    const off = await call('import.preview', input);
    expect(off).toMatchObject({ ok: true, value: { secondRegistrations: [] } });
    await call('session.apply', {
      id,
      clientId: 'test',
      op: {
        type: 'run.configure',
        options: { onePerOrganisation: true },
        at: '2024-10-17T11:30:00.000Z',
      },
    });
    const on = await call('import.preview', input);
    if (!on.ok) throw new Error(on.error.code);
    const { secondRegistrations } = on.value as { secondRegistrations: { rank: number }[] };
    expect(secondRegistrations.map((flag) => flag.rank)).toEqual([2, 2]);
    await app.shutdown();
  });

  it('refuses what is not base64 before reading anything, and a file that is not a table', async () => {
    const { app, call, id } = await openSession();
    const notBase64 = await call('import.preview', {
      id,
      fileName: 'inscrits.csv',
      data: 'Nom;Prénom',
      mapping: null,
    });
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    const png = Buffer.from(await fixtureBytes('photo-renommee.csv')).toString('base64');
    const refused = await call('import.preview', {
      id,
      fileName: 'inscrits.csv',
      data: png,
      mapping: { 0: 'lastName' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'import.notATable' } });
    await app.shutdown();
  });

  it('says when the session does not exist', async () => {
    const { app, call } = await openSession();
    const result = await call('import.preview', {
      id: 'inconnue',
      fileName: 'inscrits.csv',
      data: '',
      mapping: null,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'session.notFound' } });
    await app.shutdown();
  });
});
