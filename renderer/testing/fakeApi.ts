/**
 * An in-memory Node side for renderer tests: sessions kept in a map, operations applied with
 * the real reducer, events delivered to every client, like the real transports.
 */
import type { CallName, EventName } from '../../shared/contract';
import type { Session } from '../../shared/model/session';
import { fail, ok, type Result } from '../../shared/result';
import { applyOperation } from '../../shared/session/applyOperation';
import type { Operation } from '../../shared/session/operations';
import { createApi, type Api, type Transport } from '../api/client';

export type FakeBackend = {
  sessions: Map<string, Session>;
  calls: { name: string; input: unknown }[];
  /** The sessions whose room display was asked for, in order; « (visio) » for a video call. */
  projectorsOpened: string[];
  emit: (name: EventName, payload: unknown) => void;
  api: (clientId?: string) => Api;
  /** Makes the next calls of this name fail with this code. */
  failNext: (name: CallName, code: 'session.writeFailed' | 'session.readOnly') => void;
};

/** Calls a test answers itself, such as `import.preview` (whose real reader is Node code). */
export type ExtraHandlers = Partial<Record<CallName, (input: never) => Promise<Result<unknown>>>>;

export function fakeBackend(initial: Session[] = [], extra: ExtraHandlers = {}): FakeBackend {
  const sessions = new Map(initial.map((s) => [s.id, s]));
  const revisions = new Map<string, number>();
  const listeners = new Set<(name: string, payload: unknown) => void>();
  const calls: FakeBackend['calls'] = [];
  const projectorsOpened: string[] = [];
  const failures = new Map<string, string>();

  const emit = (name: string, payload: unknown) => listeners.forEach((l) => l(name, payload));

  async function handle(name: string, input: Record<string, unknown>): Promise<Result<unknown>> {
    calls.push({ name, input });
    const failure = failures.get(name);
    if (failure) {
      failures.delete(name);
      return fail(failure as 'session.readOnly');
    }
    const id = input.id as string;
    const answer = extra[name as CallName];
    if (answer) return answer(input as never);
    switch (name) {
      case 'session.open':
      case 'session.get': {
        const session = sessions.get(id);
        return session
          ? ok({ session, readOnly: false, revision: revisions.get(id) ?? 0 })
          : fail('session.notFound');
      }
      case 'session.apply': {
        const session = sessions.get(id);
        if (!session) return fail('session.notOpen');
        const op = input.op as Operation;
        sessions.set(id, applyOperation(session, op));
        const revision = (revisions.get(id) ?? 0) + 1;
        revisions.set(id, revision);
        emit('session.changed', { id, revision, op, origin: input.clientId });
        return ok({ revision });
      }
      case 'session.close':
        return ok({});
      default:
        return fail('call.unknown');
    }
  }

  return {
    sessions,
    calls,
    projectorsOpened,
    emit,
    failNext: (name, code) => failures.set(name, code),
    api: (clientId) => {
      const transport: Transport = {
        invoke: (name, input) => handle(name, (input ?? {}) as Record<string, unknown>),
        on: (name, listener) => {
          const forward = (eventName: string, payload: unknown) =>
            eventName === name && listener(payload);
          listeners.add(forward);
          return () => listeners.delete(forward);
        },
        openProjector: async (sessionId, { videoCall }) => {
          projectorsOpened.push(videoCall ? `${sessionId} (visio)` : sessionId);
          return ok({});
        },
      };
      return createApi(transport, clientId);
    },
  };
}
