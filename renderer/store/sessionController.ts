/**
 * The open session in this window: applies each operation at once (snappy UI), records it for
 * undo, and sends it to the Node side, which applies the same function, saves and broadcasts.
 * Operations from other windows arrive as events and are applied here too.
 */
import type { OpenedSession } from '../../shared/contract';
import type { Session } from '../../shared/model/session';
import type { AppError } from '../../shared/result';
import { applyOperation } from '../../shared/session/applyOperation';
import type { RestoreInput } from '../../shared/session/historyOps';
import type { Operation, OperationInput } from '../../shared/session/operations';
import {
  canRedo,
  canUndo,
  emptyHistory,
  recordStep,
  redo,
  undo,
  type UndoHistory,
} from '../../shared/session/undoHistory';
import type { Api } from '../api/client';

export type SaveState =
  { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; error: AppError };

export type SessionState = {
  session: Session;
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  save: SaveState;
};

export class SessionController {
  private state: SessionState;
  private history: UndoHistory = emptyHistory;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: (() => void)[] = [];
  /** Operations sent and not yet acknowledged, in order. */
  private pending = 0;
  private queue: Promise<void> = Promise.resolve();
  private needsResync = false;

  constructor(
    private readonly api: Api,
    opened: OpenedSession,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.state = {
      session: opened.session,
      readOnly: opened.readOnly,
      canUndo: false,
      canRedo: false,
      save: { kind: 'saved' },
    };
    this.unsubscribe.push(
      api.on('session.changed', (event) => {
        if (event.id !== this.id || event.origin === api.clientId) return;
        if (this.pending > 0) {
          this.needsResync = true;
          return;
        }
        this.set({ session: applyOperation(this.state.session, event.op) });
      }),
      api.on('session.saved', (event) => {
        if (event.id !== this.id) return;
        if (!event.ok)
          this.set({
            save: {
              kind: 'failed',
              error: { code: 'session.writeFailed', details: { reason: event.reason ?? '?' } },
            },
          });
        else if (this.pending === 0) this.set({ save: { kind: 'saved' } });
      }),
    );
  }

  get id(): string {
    return this.state.session.id;
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch = (input: OperationInput): void => {
    if (this.state.readOnly) return;
    const op = { ...input, at: new Date(this.now()).toISOString() } as Operation;
    const before = this.state.session;
    const after = applyOperation(before, op);
    if (after === before) return;
    this.history = recordStep(this.history, { before, after, op, now: this.now() });
    this.set({ session: after });
    this.send(op);
  };

  undo = (): void => this.travel(undo);

  redo = (): void => this.travel(redo);

  dispose(): void {
    this.unsubscribe.forEach((u) => u());
    this.listeners.clear();
  }

  /** Resolves once every operation sent so far is acknowledged. */
  settled(): Promise<void> {
    return this.queue;
  }

  private travel(step: typeof undo): void {
    if (this.state.readOnly) return;
    this.history = step(
      this.history,
      (restore: RestoreInput) => {
        const op: Operation = {
          type: 'history.restore',
          ...restore,
          at: new Date(this.now()).toISOString(),
        };
        const before = this.state.session;
        const after = applyOperation(before, op);
        this.state = { ...this.state, session: after };
        this.send(op);
        return { before, after };
      },
      this.now(),
    );
    this.set({});
  }

  private send(op: Operation): void {
    this.pending++;
    this.set({ save: { kind: 'saving' } });
    this.queue = this.queue.then(async () => {
      const result = await this.api.call('session.apply', {
        id: this.id,
        clientId: this.api.clientId,
        op,
      });
      this.pending--;
      if (!result.ok) {
        this.set({ save: { kind: 'failed', error: result.error } });
        this.needsResync = true;
      }
      if (this.pending === 0 && this.needsResync) await this.resync();
    });
  }

  /** After a conflict or a refused operation, the Node side's state is the truth. */
  private async resync(): Promise<void> {
    this.needsResync = false;
    const fresh = await this.api.call('session.get', { id: this.id });
    if (fresh.ok) this.set({ session: fresh.value.session, readOnly: fresh.value.readOnly });
  }

  private set(patch: Partial<SessionState>): void {
    this.state = {
      ...this.state,
      ...patch,
      canUndo: !this.state.readOnly && canUndo(this.history),
      canRedo: !this.state.readOnly && canRedo(this.history),
    };
    this.listeners.forEach((listener) => listener());
  }
}
