/** An ANCT-style co-development cycle of 4 workshops, for tests. */
import type { Action } from '../../model/actions';
import type { Cycle } from '../../model/cycle';
import { person } from '../../participants/testing/person';
import { gennevilliersSession } from '../../testing/sampleSession';
import type { Session } from '../../model/session';

export const CYCLE_T0 = '2025-03-04T12:00:00.000Z';

export function sampleCycle(overrides: Partial<Cycle> = {}): Cycle {
  return {
    schemaVersion: 1,
    id: 'cycle-codev',
    title: 'Coopérer entre collectivités',
    description: '',
    templateId: 'cycle-codeveloppement',
    onePerOrganisation: true,
    sessions: [
      { date: '2025-03-04', sessionId: 's1' },
      { date: '2025-03-18', sessionId: null },
      { date: '2025-04-01', sessionId: null },
      { date: '2025-04-15', sessionId: null },
    ],
    createdAt: CYCLE_T0,
    modifiedAt: CYCLE_T0,
    ...overrides,
  };
}

export function step(id: string, text: string, fields: Partial<Action> = {}): Action {
  return {
    id,
    sequenceId: null,
    text,
    owner: '',
    ownerParticipantId: null,
    due: null,
    group: null,
    status: 'open',
    carriedFrom: null,
    reviewedAt: null,
    createdAt: CYCLE_T0,
    ...fields,
  };
}

export const cyclePeople = () => [
  person('p-aicha', {
    firstName: 'Aïcha',
    lastName: 'Benali',
    organisation: 'Ville de Liévin',
    email: 'aicha.benali@lievin.fr',
    attendance: 'present',
  }),
  person('p-jerome', {
    firstName: 'Jérôme',
    lastName: 'Lefèvre',
    organisation: 'Communauté de communes du Val d’Authie',
    email: 'j.lefevre@cc-valdauthie.fr',
    attendance: 'absent',
  }),
  person('p-fatou', {
    firstName: 'Fatoumata',
    lastName: 'N’Diaye',
    organisation: 'Département du Gers',
    attendance: 'present',
    isWalkIn: true,
  }),
];

/** Session 1 of the cycle, held: people checked in, two next steps (one done already). */
export function heldSession1(): Session {
  return gennevilliersSession({
    id: 's1',
    title: 'Coopérer entre collectivités — séance 1 sur 4',
    date: '2025-03-04',
    place: 'Visioconférence',
    cycleId: 'cycle-codev',
    participants: cyclePeople(),
    agenda: [],
    actions: [
      step('a1', 'Rencontrer le service jeunesse de la commune voisine', {
        owner: 'Aïcha Benali',
        ownerParticipantId: 'p-aicha',
        due: '2025-03-15',
      }),
      step('a2', 'Partager la charte de coopération', { status: 'done' }),
      step('a3', 'Écrire au sous-préfet', { status: 'open', owner: 'Jérôme Lefèvre' }),
    ],
  });
}
