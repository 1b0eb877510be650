/**
 * Actions across a cycle. Preparing the next session copies each open action with
 * `carriedFrom` pointing at the copy it continues, so one next step may exist once per session:
 * a chain. Each chain is shown once, with its latest copy (its current status) and the session
 * where it was first written.
 */
import type { Action } from '../model/actions';
import type { Session } from '../model/session';

export type ActionChain = {
  /** The first copy: where the step was written, and by whom. */
  origin: { sessionId: string; action: Action };
  /** The copy in the latest session that holds one: its status is the step's status. */
  latest: { sessionId: string; action: Action };
  /** How many sessions it went through (1 when never carried). */
  length: number;
};

const key = (sessionId: string, actionId: string) => `${sessionId}/${actionId}`;

/** `sessions` in the cycle's order. Chains come in the order their first copies were written. */
export function actionChains(sessions: readonly Pick<Session, 'id' | 'actions'>[]): ActionChain[] {
  const byKey = new Map<string, { sessionId: string; action: Action; index: number }>();
  sessions.forEach((session, index) => {
    for (const action of session.actions)
      byKey.set(key(session.id, action.id), { sessionId: session.id, action, index });
  });
  const chains = new Map<string, ActionChain>();
  const order: string[] = [];
  sessions.forEach((session, index) => {
    for (const action of session.actions) {
      const root = rootOf(session.id, action, byKey);
      const rootKey = key(root.sessionId, root.action.id);
      const here = { sessionId: session.id, action };
      const chain = chains.get(rootKey);
      if (!chain) {
        chains.set(rootKey, { origin: root, latest: here, length: 1 });
        order.push(rootKey);
        continue;
      }
      const latestIndex = byKey.get(key(chain.latest.sessionId, chain.latest.action.id))!.index;
      if (index >= latestIndex) chain.latest = here;
      chain.length += 1;
    }
  });
  return order.map((k) => chains.get(k)!);
}

/** Follows `carriedFrom` back to the first copy; a link to a session not in the cycle ends it. */
function rootOf(
  sessionId: string,
  action: Action,
  byKey: Map<string, { sessionId: string; action: Action }>,
): { sessionId: string; action: Action } {
  let current = { sessionId, action };
  const seen = new Set<string>([key(sessionId, action.id)]);
  for (;;) {
    const from = current.action.carriedFrom;
    if (!from) return current;
    const k = key(from.sessionId, from.actionId);
    const previous = byKey.get(k);
    if (!previous || seen.has(k)) return current;
    seen.add(k);
    current = { sessionId: previous.sessionId, action: previous.action };
  }
}

/**
 * What the next session carries forward: the latest copy of every chain that is still open.
 * A step already carried is not copied twice, whatever session it was first written in.
 */
export function openActionsToCarry(
  sessions: readonly Pick<Session, 'id' | 'actions'>[],
): { sessionId: string; action: Action }[] {
  return actionChains(sessions)
    .filter((chain) => chain.latest.action.status === 'open')
    .map((chain) => chain.latest);
}
