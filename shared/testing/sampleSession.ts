/** Realistic sessions for tests: the Gennevilliers half-day of 4 February 2025. */
import { createSession, type Session } from '../model/session';

export const T0 = '2025-02-04T08:00:00.000Z';

export function gennevilliersSession(overrides: Partial<Session> = {}): Session {
  const session = createSession({
    id: 'seance-gennevilliers',
    now: T0,
    header: {
      title: 'Renforcer les coopérations éducatives : la démarche impact collectif',
      date: '2025-02-04',
      startTime: '09:00',
      endTime: '12:30',
      place: 'Espace culturel et social Saâd-Abssi, 16 rue Julien-Mocquard, Gennevilliers',
      facilitators: ['Scop Accolades', 'Pôle ressources'],
    },
  });
  return {
    ...session,
    participants: [
      participant('p1', 'Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'),
      participant('p2', 'Lefèvre', 'Jérôme', 'Préfecture des Hauts-de-Seine', 'État'),
      participant('p3', 'N’Diaye', 'Fatoumata', 'Centre social Les Oliviers', 'Association'),
    ],
    ...overrides,
  };
}

export function participant(
  id: string,
  lastName: string,
  firstName: string,
  organisation: string,
  role: string,
) {
  return {
    id,
    lastName,
    firstName,
    organisation,
    role,
    territory: 'Gennevilliers',
    email: '',
    tags: [],
    notes: '',
    attendance: 'unknown' as const,
    isWalkIn: false,
    createdAt: T0,
  };
}
