import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CycleView } from '../../../shared/cycles/cycleView';
import type { Session } from '../../../shared/model/session';
import { testApp } from '../testing/testApp';
import { useTempFolder } from '../testing/tempFolder';
import {
  canOpenDocuments,
  docxToPdf,
  mustOpenDocuments,
  pdfPageCount,
  pdfText,
  renderPages,
} from '../exporters/testing/libreOffice';
import { docxProblems } from '../exporters/testing/docxStructure';
import { CYCLES_FOLDER } from './cycleFiles';

const tempFolder = useTempFolder();

function services() {
  const { library, call, value } = testApp(tempFolder());
  const apply = (id: string, op: Record<string, unknown>) =>
    value('session.apply', { id, clientId: 'test', op: { at: new Date().toISOString(), ...op } });
  return { call, value, apply, library };
}

const dates = ['2025-03-04', '2025-03-18', '2025-04-01', '2025-04-15'];

async function cycleWithHeldSession1(s: ReturnType<typeof services>) {
  const { id, sessionId } = await s.value<{ id: string; sessionId: string }>('cycles.create', {
    title: 'Coopérer entre collectivités',
    templateId: 'cycle-codeveloppement',
    dates,
    onePerOrganisation: true,
  });
  await s.value('session.open', { id: sessionId });
  const person = (pid: string, firstName: string, lastName: string, organisation: string) => ({
    id: pid,
    firstName,
    lastName,
    organisation,
    role: 'Collectivité',
    territory: '',
    email: `${pid}@exemple.fr`,
    tags: [],
    notes: '',
    attendance: pid === 'p2' ? ('unknown' as const) : ('present' as const),
    isWalkIn: pid === 'p3',
    createdAt: '2025-03-04T12:00:00.000Z',
  });
  await s.apply(sessionId, {
    type: 'participants.import',
    merge: [],
    add: [
      person('p1', 'Aïcha', 'Benali', 'Ville de Liévin'),
      person('p2', 'Jérôme', 'Lefèvre', 'CC du Val d’Authie'),
      person('p3', 'Fatoumata', 'N’Diaye', 'Département du Gers'),
    ],
  });
  const step = (aid: string, text: string, status: string) =>
    s.apply(sessionId, {
      type: 'action.add',
      action: {
        id: aid,
        sequenceId: null,
        text,
        owner: 'Aïcha Benali',
        ownerParticipantId: 'p1',
        due: '2025-03-15',
        group: null,
        status,
      },
    });
  await step('a1', 'Rencontrer le service jeunesse de la commune voisine', 'open');
  await step('a2', 'Partager la charte de coopération', 'done');
  await step('a3', 'Écrire au sous-préfet', 'open');
  await s.value('session.close', { id: sessionId });
  return { id, sessionId };
}

describe('cycles', () => {
  it('create a cycle with its session 1 from the template, its dates and its rule', async () => {
    const s = services();
    const { id, sessionId } = await s.value<{ id: string; sessionId: string }>('cycles.create', {
      title: 'Coopérer entre collectivités',
      templateId: 'cycle-codeveloppement',
      dates,
      onePerOrganisation: true,
    });
    const opened = await s.value<{ session: Session }>('session.open', { id: sessionId });
    expect(opened.session).toMatchObject({
      title: 'Coopérer entre collectivités — séance 1 sur 4',
      date: '2025-03-04',
      cycleId: id,
      options: { onePerOrganisation: true },
    });
    expect(opened.session.agenda.length).toBeGreaterThan(5);
    const view = await s.value<CycleView>('cycles.get', { id });
    expect(view.slots.map((x) => [x.date, x.status])).toEqual([
      ['2025-03-04', 'prepared'],
      ['2025-03-18', 'toPrepare'],
      ['2025-04-01', 'toPrepare'],
      ['2025-04-15', 'toPrepare'],
    ]);
    // The cycles' folder is not a session.
    const list = await s.value<{ title: string }[]>('library.list');
    expect(list.map((x) => x.title)).toEqual(['Coopérer entre collectivités — séance 1 sur 4']);
    expect(await fs.readdir(path.join(s.library, CYCLES_FOLDER))).toEqual([`${id}.json`]);
  });

  it('prepare the next session: same people and ids, attendance reset, only open steps carried', async () => {
    const s = services();
    const { id, sessionId } = await cycleWithHeldSession1(s);
    const next = await s.value<{ sessionId: string; index: number }>('cycles.prepareNext', { id });
    expect(next.index).toBe(1);
    const { session } = await s.value<{ session: Session }>('session.open', { id: next.sessionId });
    expect(session.title).toBe('Coopérer entre collectivités — séance 2 sur 4');
    expect(session.date).toBe('2025-03-18');
    expect(session.cycleId).toBe(id);
    expect(session.participants.map((p) => [p.id, p.attendance, p.isWalkIn])).toEqual([
      ['p1', 'unknown', false],
      ['p2', 'unknown', false],
      ['p3', 'unknown', true],
    ]);
    expect(session.actions.map((a) => [a.text, a.status, a.carriedFrom])).toEqual([
      [
        'Rencontrer le service jeunesse de la commune voisine',
        'open',
        { sessionId, actionId: 'a1' },
      ],
      ['Écrire au sous-préfet', 'open', { sessionId, actionId: 'a3' }],
    ]);
    // Reviewed in session 2: one done; session 3 carries the other only.
    await s.apply(next.sessionId, {
      type: 'action.review',
      id: session.actions[0]!.id,
      outcome: 'done',
    });
    await s.apply(next.sessionId, {
      type: 'action.review',
      id: session.actions[1]!.id,
      outcome: 'carried',
    });
    await s.value('session.close', { id: next.sessionId });
    const third = await s.value<{ sessionId: string }>('cycles.prepareNext', { id });
    const opened = await s.value<{ session: Session }>('session.open', { id: third.sessionId });
    expect(opened.session.actions.map((a) => [a.text, a.carriedFrom?.sessionId])).toEqual([
      ['Écrire au sous-préfet', next.sessionId],
    ]);
    const view = await s.value<CycleView>('cycles.get', { id });
    expect(view.matrix.rows.map((r) => [r.name, r.cells])).toEqual([
      ['Aïcha Benali', ['present', 'unknown', 'unknown']],
      ['Fatoumata N’Diaye', ['present', 'unknown', 'unknown']],
      ['Jérôme Lefèvre', ['unknown', 'unknown', 'unknown']],
    ]);
    expect(view.actions.map((a) => [a.text, a.status, a.createdIn, a.latestIn])).toEqual([
      ['Rencontrer le service jeunesse de la commune voisine', 'done', 0, 1],
      ['Partager la charte de coopération', 'done', 0, 0],
      ['Écrire au sous-préfet', 'open', 0, 2],
    ]);
  });

  it('refuses to prepare a fifth session of four', async () => {
    const s = services();
    const { id } = await cycleWithHeldSession1(s);
    for (let i = 0; i < 3; i++) await s.value('cycles.prepareNext', { id });
    const fifth = await s.call('cycles.prepareNext', { id });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'cycle.allPrepared' } });
  });

  it('changes title, dates and rule, but never drops a prepared session', async () => {
    const s = services();
    const { id } = await cycleWithHeldSession1(s);
    const view = await s.value<CycleView>('cycles.update', {
      id,
      title: 'Ateliers de la coopération',
      dates: ['2025-03-04', '2025-03-25', null],
      onePerOrganisation: false,
    });
    expect(view.cycle).toMatchObject({
      title: 'Ateliers de la coopération',
      onePerOrganisation: false,
    });
    expect(view.slots.map((x) => x.date)).toEqual(['2025-03-04', '2025-03-25', null]);
    await s.value('cycles.prepareNext', { id });
    const refused = await s.call('cycles.update', { id, dates: ['2025-03-04'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'cycle.slotPrepared' } });
  });

  it('never overwrites a damaged cycle file, and lists it as damaged', async () => {
    const s = services();
    const { id } = await cycleWithHeldSession1(s);
    const file = path.join(s.library, CYCLES_FOLDER, `${id}.json`);
    const damaged = (await fs.readFile(file, 'utf8')).slice(0, 120);
    await fs.writeFile(file, damaged);
    for (const [name, input] of [
      ['cycles.prepareNext', { id }],
      ['cycles.update', { id, title: 'Autre titre' }],
      ['cycles.get', { id }],
    ] as const) {
      const result = await s.call(name, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'cycle.damaged' } });
    }
    expect(await fs.readFile(file, 'utf8')).toBe(damaged);
    expect(await s.value('cycles.list')).toEqual([{ status: 'damaged', id, file: `${id}.json` }]);
    // Its session is still in the library.
    expect(await s.value<unknown[]>('library.list')).toHaveLength(1);
  });

  it('write the cycle minutes in the library folder, a valid .docx', async () => {
    const s = services();
    const { id } = await cycleWithHeldSession1(s);
    await s.value('cycles.prepareNext', { id });
    const saved = await s.value<{ status: string; path: string; fileName: string }>(
      'cycles.exportMinutes',
      { id },
    );
    expect(saved).toMatchObject({
      status: 'saved',
      fileName: 'Compte-rendu du cycle - Coopérer entre collectivités.docx',
    });
    expect(path.dirname(saved.path)).toBe(s.library);
    expect(docxProblems(await fs.readFile(saved.path))).toEqual([]);
    // The document is not a session.
    expect(await s.value<unknown[]>('library.list')).toHaveLength(2);
  });

  it.runIf(canOpenDocuments || mustOpenDocuments)(
    'cycle minutes as LibreOffice shows them: sessions, attendance, next steps and status',
    async () => {
      const s = services();
      const { id } = await cycleWithHeldSession1(s);
      await s.value('cycles.prepareNext', { id });
      const saved = await s.value<{ path: string }>('cycles.exportMinutes', { id });
      const pdf = docxToPdf(saved.path);
      renderPages(pdf, 'cycle-minutes', pdfPageCount(pdf));
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      for (const expected of [
        'Compte-rendu du cycle',
        'Coopérer entre collectivités',
        'Séance 1 — mardi 4 mars 2025',
        '2 personnes présentes.',
        'Séance 2 — mardi 18 mars 2025',
        'Séance 3 — mardi 1er avril 2025',
        'Séance à venir.',
        'Présences',
        'Fatoumata N’Diaye',
        'présent·e',
        'Prochains petits pas du cycle',
        'Partager la charte de coopération',
        'Écrire au sous-préfet',
      ])
        expect(text).toContain(expected);
    },
    120_000,
  );
});
