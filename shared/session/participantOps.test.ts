import { describe, expect, it } from 'vitest';
import type { Participant } from '../model/participants';
import type { Session } from '../model/session';
import { findDuplicates } from '../participants/findDuplicates';
import { planImport } from '../participants/planImport';
import { gennevilliersSession, participant } from '../testing/sampleSession';
import { applyOperation } from './applyOperation';
import type { Operation, OperationInput } from './operations';
import { emptyHistory, recordStep, undo, type UndoHistory } from './undoHistory';

const at = (second: number) => `2025-02-04T08:45:${String(second).padStart(2, '0')}.000Z`;

/** A window's view of the session: operations applied and recorded for undo, as the store does. */
function editor(session: Session = gennevilliersSession()) {
  let current = session;
  let history: UndoHistory = emptyHistory;
  let clock = 0;
  return {
    get session() {
      return current;
    },
    get steps() {
      return history.past.length;
    },
    apply(input: OperationInput, elapsedMs = 500) {
      clock += elapsedMs;
      const op = { ...input, at: at(clock / 1000) } as Operation;
      const after = applyOperation(current, op);
      history = recordStep(history, { before: current, after, op, now: clock });
      current = after;
      return after;
    },
    undo() {
      history = undo(
        history,
        (restore) => {
          const before = current;
          current = applyOperation(current, { type: 'history.restore', ...restore, at: at(59) });
          return { before, after: current };
        },
        clock,
      );
    },
  };
}

const names = (session: Session) => session.participants.map((p) => p.lastName);

describe('participant.add, update and remove', () => {
  it('adds a person at the end, and ignores an id already there', () => {
    const e = editor();
    e.apply({
      type: 'participant.add',
      participant: participant('p4', 'Da Silva', 'Maëlle', 'CAF des Hauts-de-Seine', 'État'),
    });
    expect(names(e.session)).toEqual(['Benali', 'Lefèvre', 'N’Diaye', 'Da Silva']);
    const before = e.session;
    e.apply({ type: 'participant.add', participant: participant('p4', 'Autre', '', '', '') });
    expect(e.session).toBe(before);
  });

  it('undoes a name typed letter by letter in one step, and other fields separately', () => {
    const e = editor();
    for (const firstName of ['A', 'Aï', 'Aïs', 'Aïss', 'Aïssa'])
      e.apply({ type: 'participant.update', id: 'p1', fields: { firstName } }, 200);
    e.apply({ type: 'participant.update', id: 'p1', fields: { territory: 'Liévin' } }, 200);
    expect(e.session.participants[0]).toMatchObject({ firstName: 'Aïssa', territory: 'Liévin' });
    expect(e.steps).toBe(2);
    e.undo();
    expect(e.session.participants[0]).toMatchObject({
      firstName: 'Aïssa',
      territory: 'Gennevilliers',
    });
    e.undo();
    expect(e.session.participants[0]?.firstName).toBe('Aïcha');
  });

  it('makes no step when an edit changes nothing', () => {
    const e = editor();
    const before = e.session;
    e.apply({ type: 'participant.update', id: 'p1', fields: { lastName: 'Benali', tags: [] } });
    e.apply({ type: 'participant.update', id: 'absent', fields: { lastName: 'Personne' } });
    expect(e.session).toBe(before);
    expect(e.steps).toBe(0);
  });

  it('removes a person, and undo puts them back at their place', () => {
    const e = editor();
    e.apply({ type: 'participant.setAttendance', id: 'p2', attendance: 'present' });
    e.apply({ type: 'participant.remove', id: 'p2' });
    expect(names(e.session)).toEqual(['Benali', 'N’Diaye']);
    e.undo();
    expect(names(e.session)).toEqual(['Benali', 'Lefèvre', 'N’Diaye']);
    expect(e.session.participants[1]?.attendance).toBe('present');
  });
});

describe('participant.setAttendance', () => {
  it('marks présent, absent, excusé, each one undo step', () => {
    const e = editor();
    e.apply({ type: 'participant.setAttendance', id: 'p1', attendance: 'present' });
    e.apply({ type: 'participant.setAttendance', id: 'p3', attendance: 'excused' });
    expect(e.session.participants.map((p) => p.attendance)).toEqual([
      'present',
      'unknown',
      'excused',
    ]);
    e.undo();
    expect(e.session.participants.map((p) => p.attendance)).toEqual([
      'present',
      'unknown',
      'unknown',
    ]);
  });

  it('leaves the other people as the same objects (what undo and the groups rely on)', () => {
    const before = gennevilliersSession();
    const after = applyOperation(before, {
      type: 'participant.setAttendance',
      id: 'p2',
      attendance: 'absent',
      at: at(1),
    });
    expect(after.participants[0]).toBe(before.participants[0]);
    expect(after.participants[1]).not.toBe(before.participants[1]);
  });
});

describe('participants.import', () => {
  const incoming: Participant[] = [
    {
      ...participant('n1', 'BENALI', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'),
      email: 'aicha.benali@mairie-gennevilliers.fr',
      tags: ['élue'],
    },
    participant('n2', 'Da Silva', 'Maëlle', 'CAF des Hauts-de-Seine', 'État'),
    participant('n3', 'Œillet', 'François', 'Cité éducative de Gennevilliers', 'Association'),
    { ...participant('n4', 'Da Silva', 'Maelle', 'CAF des Hauts-de-Seine', 'État'), notes: 'PMR' },
  ];

  function importOp(session: Session, people: Participant[]): OperationInput {
    const plan = planImport(people, findDuplicates(people, session.participants));
    return {
      type: 'participants.import',
      add: plan.toAdd,
      merge: plan.updates.map(({ id, patch }) => ({ id, fields: patch })),
    };
  }

  it('adds the new people and completes the known ones, in one undo step', () => {
    const e = editor();
    e.apply(importOp(e.session, incoming));
    expect(names(e.session)).toEqual(['Benali', 'Lefèvre', 'N’Diaye', 'Da Silva', 'Œillet']);
    expect(e.session.participants[0]).toMatchObject({
      lastName: 'Benali',
      email: 'aicha.benali@mairie-gennevilliers.fr',
      tags: ['élue'],
    });
    // The second Maëlle Da Silva of the file is merged into the first: her notes come along.
    expect(e.session.participants[3]?.notes).toBe('PMR');
    expect(e.steps).toBe(1);
    e.undo();
    expect(e.session.participants).toEqual(gennevilliersSession().participants);
  });

  it('adds nobody and changes nobody when the same file is imported twice', () => {
    const e = editor();
    e.apply(importOp(e.session, incoming));
    const once = e.session;
    const again = incoming.map((p) => ({ ...p, id: `${p.id}-bis` }));
    e.apply(importOp(e.session, again));
    expect(e.session).toBe(once);
    expect(e.steps).toBe(1);
  });

  it('never overwrites what was typed between the preview and the import', () => {
    const e = editor();
    const op = importOp(e.session, incoming);
    e.apply({ type: 'participant.update', id: 'p1', fields: { email: 'a.benali@ville.fr' } });
    e.apply(op);
    expect(e.session.participants[0]?.email).toBe('a.benali@ville.fr');
    expect(e.session.participants[0]?.tags).toEqual(['élue']);
  });
});

describe('roles', () => {
  it('adds a role once, whatever its case and accents', () => {
    const e = editor();
    e.apply({ type: 'role.add', role: 'Élu·e' });
    const before = e.session;
    e.apply({ type: 'role.add', role: 'etat' });
    e.apply({ type: 'role.add', role: '   ' });
    expect(e.session).toBe(before);
    expect(e.session.options.roles).toEqual([
      'État',
      'Collectivité',
      'Association',
      'Habitant',
      'Entreprise',
      'Autre',
      'Élu·e',
    ]);
  });

  it('renames a role for everyone who has it, in one undo step', () => {
    const e = editor();
    e.apply({ type: 'role.rename', from: 'Association', to: 'Associations et fondations' });
    expect(e.session.options.roles[2]).toBe('Associations et fondations');
    expect(e.session.participants[2]?.role).toBe('Associations et fondations');
    e.undo();
    expect(e.session.options.roles[2]).toBe('Association');
    expect(e.session.participants[2]?.role).toBe('Association');
  });

  it('merges two roles when one is renamed as the other', () => {
    const e = editor();
    e.apply({ type: 'role.rename', from: 'Association', to: 'collectivite' });
    expect(e.session.options.roles).toEqual([
      'État',
      'Collectivité',
      'Habitant',
      'Entreprise',
      'Autre',
    ]);
    expect(e.session.participants.map((p) => p.role)).toEqual([
      'Collectivité',
      'État',
      'Collectivité',
    ]);
  });

  it('removes a role: its people are left without one, until undo', () => {
    const e = editor();
    e.apply({ type: 'role.remove', role: 'État' });
    expect(e.session.options.roles).not.toContain('État');
    expect(e.session.participants[1]?.role).toBe('');
    e.undo();
    expect(e.session.participants[1]?.role).toBe('État');
  });

  it('moves a role in the list', () => {
    const e = editor();
    e.apply({ type: 'role.move', role: 'Habitant', toIndex: 0 });
    expect(e.session.options.roles.slice(0, 2)).toEqual(['Habitant', 'État']);
    e.apply({ type: 'role.move', role: 'Habitant', toIndex: 99 });
    expect(e.session.options.roles.at(-1)).toBe('Habitant');
  });
});
