/**
 * Text typed by participants as an attacker would type it: HTML that runs script if anything
 * ever renders it as markup. `withHostileText` puts it in every free-text field of a session
 * (any string the schema still accepts with it: titles, names, notes…, not ids or dates), so a
 * field added to the model is covered as soon as the sample session has it.
 */
import { sessionSchema, type Session } from '../model/session';
import { gennevilliersSession, T0 } from './sampleSession';

export const HOSTILE_TEXT = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

/**
 * The Gennevilliers session with a sequence, a grouping, a board, a note and a next step, so
 * each kind of text is there.
 */
export function sessionWithEveryText(): Session {
  const session = gennevilliersSession();
  return sessionSchema.parse({
    ...session,
    description: 'Les cités éducatives de Gennevilliers se retrouvent.',
    organiser: 'Préfecture des Hauts-de-Seine',
    agenda: [
      {
        id: 's1',
        kind: 'sousGroupes',
        title: 'Exploration — Temps #1',
        durationMin: 50,
        prompt: 'Quels sont les plus beaux exemples de coopération sur votre territoire ?',
        speakers: 'Scop Accolades',
      },
    ],
    groupings: [
      {
        id: 'g1',
        sequenceId: 's1',
        name: 'Tables du temps #1',
        rounds: [
          { groups: [{ id: 't1', name: 'Table 1', memberIds: ['p1', 'p2'], hostId: 'p1' }] },
        ],
        createdAt: T0,
      },
    ],
    boards: [{ id: 'b1', title: 'Temps #1', createdAt: T0 }],
    notes: [
      { id: 'n1', boardId: 'b1', text: 'Le café des parents', author: 'Table 3', createdAt: T0 },
    ],
    actions: [
      {
        id: 'a1',
        sequenceId: 's1',
        text: 'Réunir le trinôme État – Ville – association',
        owner: 'Ville de Gennevilliers',
        group: 'Table 1',
        createdAt: T0,
      },
    ],
  });
}

export function withHostileText(session: Session): Session {
  let current: unknown = clone(session);
  for (const at of stringPaths(current)) {
    const candidate = clone(current);
    const parent = at
      .slice(0, -1)
      .reduce<Record<string, unknown>>(
        (node, key) => node[key] as Record<string, unknown>,
        candidate as Record<string, unknown>,
      );
    const key = at.at(-1)!;
    parent[key] = `${HOSTILE_TEXT} ${String(parent[key])}`;
    if (sessionSchema.safeParse(candidate).success) current = candidate;
  }
  return sessionSchema.parse(current);
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function stringPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...prefix, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...prefix, key]));
  return [];
}
