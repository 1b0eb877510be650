/** Realistic sessions for tests: the Gennevilliers half-day of 4 February 2025. */
import { sequenceDraft, type Sequence } from '../model/agenda';
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

type SequenceFields = Partial<Omit<Sequence, 'id' | 'title' | 'durationMin'>>;

export function sequence(
  id: string,
  title: string,
  durationMin: number,
  fields: SequenceFields = {},
): Sequence {
  return {
    ...sequenceDraft({ id, kind: 'autre', title, durationMin }),
    actualStart: null,
    actualEnd: null,
    ...fields,
  };
}

/** The programme of 4 February 2025 in Gennevilliers, 9h00 – 12h30 (ids s1 … s8). */
export function gennevilliersAgenda(): Sequence[] {
  return [
    sequence('s1', 'Accueil convivial', 30, { kind: 'accueil', pinnedStart: '09:00' }),
    sequence('s2', 'Introduction et interconnaissance', 30, {
      kind: 'sousGroupes',
      prompt:
        'Quels sont, selon vous, les plus beaux exemples de coopération sur votre territoire\u202f? Et qu’est-ce qui a rendu cette coopération possible\u202f?',
    }),
    sequence('s3', 'Les éléments clés de l’impact collectif', 20, {
      kind: 'pleniere',
      speakers: 'Scop Accolades',
    }),
    sequence('s4', 'Exploration des 5 composantes de l’impact collectif — Temps#1', 50, {
      kind: 'sousGroupes',
    }),
    sequence('s5', 'Pause', 10, { kind: 'pause' }),
    sequence('s6', 'Exploration des 5 composantes de l’impact collectif — Temps#2', 25, {
      kind: 'restitution',
      speakers: 'Scop Accolades',
    }),
    sequence('s7', 'L’impact collectif au cœur des cités éducatives franciliennes', 35, {
      kind: 'temoignages',
      speakers: 'Témoignages des cités éducatives de Gennevilliers et de Nanterre',
    }),
    sequence('s8', 'Conclusion', 10, { kind: 'conclusion' }),
  ];
}
