import { describe, expect, it } from 'vitest';
import { sequenceSchema } from '../model/agenda';
import { boardSchema, noteSchema } from '../model/boards';
import { sessionSchema } from '../model/session';
import { templateSchema } from '../model/template';
import { cycleView } from './cycleView';
import { firstSessionOfCycle, nextSessionOfCycle, nextSlot } from './nextSession';
import { CYCLE_T0, heldSession1, sampleCycle } from './testing/sampleCycle';

const template = templateSchema.parse({
  id: 'cycle-codeveloppement',
  title: 'Cycle de co-développement',
  description: '',
  header: { startTime: '13:30', endTime: '15:30', place: 'Visioconférence' },
  agenda: [
    { kind: 'accueil', title: 'Accueil et tour de connexion', durationMin: 10 },
    { kind: 'sousGroupes', title: 'Co-développement — consultation', durationMin: 25 },
  ],
});

let counter = 0;
const made = (id: string) => ({ id, now: CYCLE_T0, newId: () => `n${++counter}` });

describe('the sessions of a cycle', () => {
  it('makes session 1 from the template, with the cycle and its rule', () => {
    const session = firstSessionOfCycle(
      sampleCycle(),
      template,
      'Coopérer entre collectivités — séance 1 sur 4',
      made('s1'),
    );
    expect(session).toMatchObject({
      id: 's1',
      title: 'Coopérer entre collectivités — séance 1 sur 4',
      date: '2025-03-04',
      cycleId: 'cycle-codev',
      templateId: 'cycle-codeveloppement',
      options: { onePerOrganisation: true },
    });
    expect(session.agenda.map((s) => s.title)).toEqual([
      'Accueil et tour de connexion',
      'Co-développement — consultation',
    ]);
  });

  it('prepares the next one with the same people, attendance to take again, open steps carried', () => {
    const previous = heldSession1();
    const next = nextSessionOfCycle(
      sampleCycle(),
      1,
      previous,
      [previous],
      template,
      'Coopérer entre collectivités — séance 2 sur 4',
      made('s2'),
    );
    expect(next.id).toBe('s2');
    expect(next.date).toBe('2025-03-18');
    expect(next.place).toBe('Visioconférence');
    expect(next.facilitators).toEqual(previous.facilitators);
    expect(next.participants.map((p) => p.id)).toEqual(['p-aicha', 'p-jerome', 'p-fatou']);
    expect(next.participants.every((p) => p.attendance === 'unknown')).toBe(true);
    expect(next.participants.find((p) => p.id === 'p-fatou')!.isWalkIn).toBe(true);
    expect(next.agenda.every((s) => s.actualStart === null && s.id.startsWith('n'))).toBe(true);
    expect(next.actions.map((a) => [a.text, a.status, a.carriedFrom, a.reviewedAt])).toEqual([
      [
        'Rencontrer le service jeunesse de la commune voisine',
        'open',
        { sessionId: 's1', actionId: 'a1' },
        null,
      ],
      ['Écrire au sous-préfet', 'open', { sessionId: 's1', actionId: 'a3' }, null],
    ]);
    expect(next.actions[0]).toMatchObject({ owner: 'Aïcha Benali', ownerParticipantId: 'p-aicha' });
  });

  it('without a template, takes the previous agenda without its actual times', () => {
    const previous = {
      ...heldSession1(),
      agenda: [
        sequenceSchema.parse({
          id: 'q1',
          kind: 'pleniere',
          title: 'Éclairage sur les enjeux',
          durationMin: 20,
          actualStart: CYCLE_T0,
          actualEnd: CYCLE_T0,
        }),
      ],
    };
    const next = nextSessionOfCycle(sampleCycle(), 1, previous, [previous], null, 't', made('s2'));
    expect(next.agenda).toHaveLength(1);
    expect(next.agenda[0]).toMatchObject({ title: 'Éclairage sur les enjeux', actualStart: null });
    expect(next.agenda[0]!.id).not.toBe('q1');
  });

  it('without a template, repeats the boards of the previous programme, without their notes', () => {
    const previous = {
      ...heldSession1(),
      agenda: [
        sequenceSchema.parse({
          id: 'q1',
          kind: 'sousGroupes',
          title: 'Co-développement — plan d’action',
          durationMin: 10,
        }),
      ],
      boards: [
        boardSchema.parse({
          id: 'b1',
          sequenceId: 'q1',
          title: 'Plan d’action du client',
          mode: 'columns',
          columns: [
            { id: 'c1', title: 'Ce que je retiens' },
            { id: 'c2', title: 'Ce que je vais faire' },
          ],
          voting: { dots: 3, per: 'person' },
          createdAt: CYCLE_T0,
        }),
      ],
      notes: [
        noteSchema.parse({
          id: 'x1',
          boardId: 'b1',
          columnId: 'c2',
          text: 'Appeler la CAF',
          createdAt: CYCLE_T0,
        }),
      ],
    };
    const next = nextSessionOfCycle(sampleCycle(), 1, previous, [previous], null, 't', made('s2'));
    expect(next.boards).toHaveLength(1);
    expect(next.boards[0]).toMatchObject({
      title: 'Plan d’action du client',
      mode: 'columns',
      voting: { dots: 3, per: 'person' },
      sequenceId: next.agenda[0]!.id,
    });
    expect(next.boards[0]!.columns.map((c) => c.title)).toEqual([
      'Ce que je retiens',
      'Ce que je vais faire',
    ]);
    expect(next.boards[0]!.id).not.toBe('b1');
    expect(next.notes).toEqual([]);
    expect(sessionSchema.safeParse(next).success).toBe(true);
  });

  it('finds the next slot after the latest prepared one', () => {
    expect(nextSlot(sampleCycle())).toEqual({ index: 1, previousIndex: 0 });
    const full = sampleCycle({
      sessions: [
        { date: '2025-03-04', sessionId: 's1' },
        { date: '2025-03-18', sessionId: 's2' },
      ],
    });
    expect(nextSlot(full)).toBeNull();
  });

  it('says which sessions are to prepare, prepared and held', () => {
    const s1 = {
      ...heldSession1(),
      agenda: [
        sequenceSchema.parse({
          id: 'q1',
          kind: 'accueil',
          title: 'Accueil',
          durationMin: 10,
          actualStart: CYCLE_T0,
        }),
      ],
    };
    const cycle = sampleCycle({
      sessions: [
        { date: '2025-03-04', sessionId: 's1' },
        { date: '2025-03-18', sessionId: 's2' },
        { date: '2025-04-01', sessionId: 'gone' },
        { date: '2025-04-15', sessionId: null },
      ],
    });
    const s2 = nextSessionOfCycle(cycle, 1, s1, [s1], template, 'séance 2', made('s2'));
    const view = cycleView(
      cycle,
      new Map([
        ['s1', s1],
        ['s2', s2],
      ]),
    );
    expect(view.slots.map((s) => s.status)).toEqual(['held', 'prepared', 'missing', 'toPrepare']);
    expect(view.matrix.columns).toEqual([0, 1]);
    expect(view.actions.map((a) => [a.text, a.status, a.createdIn, a.latestIn])).toEqual([
      ['Rencontrer le service jeunesse de la commune voisine', 'open', 0, 1],
      ['Partager la charte de coopération', 'done', 0, 0],
      ['Écrire au sous-préfet', 'open', 0, 1],
    ]);
    expect(view.canPrepareNext).toBe(true);
  });
});
