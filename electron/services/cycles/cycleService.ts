/**
 * What a cycle does with its files and its sessions: create it with its session 1, show it,
 * change it, prepare the next session. Sessions are read through `readSession` (the open
 * state when a window has it, else the file) and added to the library like `library.create`.
 * One change at a time per cycle, so a double click prepares one session, not two.
 */
import { cycleView, type CycleView } from '../../../shared/cycles/cycleView';
import {
  firstSessionOfCycle,
  nextSessionOfCycle,
  nextSlot,
} from '../../../shared/cycles/nextSession';
import type { CycleSummary } from '../../../shared/contract';
import { CYCLE_SCHEMA_VERSION, type Cycle } from '../../../shared/model/cycle';
import type { Session } from '../../../shared/model/session';
import type { Template } from '../../../shared/model/template';
import { fail, ok, type Result } from '../../../shared/result';
import type { Library } from '../library/library';
import { CycleFiles } from './cycleFiles';

export type CycleDeps = {
  library: Library;
  now: () => string;
  newId: () => string;
  findTemplate: (id: string) => Template | null;
  /** The latest state of a session; null when it cannot be read. */
  readSession: (id: string) => Promise<Session | null>;
  /** « <title> — séance 2 sur 4 », in the user's language. */
  sessionTitle: (title: string, index: number, count: number) => string;
};

const queues = new Map<string, Promise<unknown>>();

/** Runs changes of one cycle one after the other. */
function serial<T>(key: string, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(run, run);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

export class CycleService {
  private readonly files: CycleFiles;

  constructor(private readonly deps: CycleDeps) {
    this.files = new CycleFiles(deps.library.root);
  }

  async list(): Promise<CycleSummary[]> {
    const reads = await this.files.list();
    return reads
      .map((read): CycleSummary => {
        if (read.kind === 'damaged') return { status: 'damaged', id: read.id, file: read.file };
        const { cycle } = read;
        return {
          status: 'ok',
          id: cycle.id,
          title: cycle.title,
          sessionCount: cycle.sessions.length,
          preparedCount: cycle.sessions.filter((s) => s.sessionId !== null).length,
          nextDate: cycle.sessions.find((s) => s.sessionId === null)?.date ?? null,
          modifiedAt: cycle.modifiedAt,
        };
      })
      .sort((a, b) =>
        a.status === 'ok' && b.status === 'ok' ? b.modifiedAt.localeCompare(a.modifiedAt) : 0,
      );
  }

  async create(input: {
    title: string;
    templateId: string | null;
    dates: string[];
    onePerOrganisation: boolean;
  }): Promise<Result<{ id: string; sessionId: string }>> {
    const template = input.templateId === null ? null : this.deps.findTemplate(input.templateId);
    if (input.templateId !== null && !template) return fail('template.notFound');
    const at = this.deps.now();
    const sessionId = this.deps.newId();
    const cycle: Cycle = {
      schemaVersion: CYCLE_SCHEMA_VERSION,
      id: this.deps.newId(),
      title: input.title.trim(),
      description: '',
      templateId: input.templateId,
      onePerOrganisation: input.onePerOrganisation,
      sessions: input.dates.map((date, i) => ({ date, sessionId: i === 0 ? sessionId : null })),
      createdAt: at,
      modifiedAt: at,
    };
    const session = firstSessionOfCycle(
      cycle,
      template,
      this.deps.sessionTitle(cycle.title, 1, cycle.sessions.length),
      { id: sessionId, now: at, newId: this.deps.newId },
    );
    // The cycle first: a session whose cycle file failed would point at nothing.
    const written = await this.files.write(cycle);
    if (!written.ok) return written;
    const added = await this.deps.library.add(session);
    if (!added.ok) return added;
    return ok({ id: cycle.id, sessionId });
  }

  async get(id: string): Promise<Result<CycleView>> {
    const cycle = await this.readCycle(id);
    if (!cycle.ok) return cycle;
    return ok(await this.view(cycle.value));
  }

  update(input: {
    id: string;
    title?: string | undefined;
    dates?: (string | null)[] | undefined;
    onePerOrganisation?: boolean | undefined;
  }): Promise<Result<CycleView>> {
    return serial(input.id, async () => {
      const read = await this.readCycle(input.id);
      if (!read.ok) return read;
      const cycle = read.value;
      let sessions = cycle.sessions;
      if (input.dates) {
        const dates = input.dates;
        if (cycle.sessions.some((slot, i) => i >= dates.length && slot.sessionId !== null))
          return fail('cycle.slotPrepared');
        sessions = dates.map((date, i) => ({
          ...cycle.sessions[i],
          date,
          sessionId: cycle.sessions[i]?.sessionId ?? null,
        }));
      }
      const next: Cycle = {
        ...cycle,
        ...(input.title !== undefined ? { title: input.title.trim() } : {}),
        ...(input.onePerOrganisation !== undefined
          ? { onePerOrganisation: input.onePerOrganisation }
          : {}),
        sessions,
        modifiedAt: this.deps.now(),
      };
      const written = await this.files.write(next);
      if (!written.ok) return written;
      return ok(await this.view(next));
    });
  }

  prepareNext(id: string): Promise<Result<{ sessionId: string; index: number }>> {
    return serial(id, async () => {
      const read = await this.readCycle(id);
      if (!read.ok) return read;
      const cycle = read.value;
      const slot = nextSlot(cycle);
      if (!slot) return fail('cycle.allPrepared');
      const earlier: Session[] = [];
      for (const s of cycle.sessions.slice(0, slot.index)) {
        if (!s.sessionId) continue;
        const session = await this.deps.readSession(s.sessionId);
        if (session) earlier.push(session);
      }
      const previousId = cycle.sessions[slot.previousIndex]!.sessionId!;
      const previous = earlier.find((s) => s.id === previousId);
      if (!previous) return fail('session.notFound');
      const template = cycle.templateId ? this.deps.findTemplate(cycle.templateId) : null;
      const at = this.deps.now();
      const sessionId = this.deps.newId();
      const session = nextSessionOfCycle(
        cycle,
        slot.index,
        previous,
        earlier,
        template,
        this.deps.sessionTitle(cycle.title, slot.index + 1, cycle.sessions.length),
        { id: sessionId, now: at, newId: this.deps.newId },
      );
      const next: Cycle = {
        ...cycle,
        sessions: cycle.sessions.map((s, i) => (i === slot.index ? { ...s, sessionId } : s)),
        modifiedAt: at,
      };
      const written = await this.files.write(next);
      if (!written.ok) return written;
      const added = await this.deps.library.add(session);
      if (!added.ok) return added;
      return ok({ sessionId, index: slot.index });
    });
  }

  /** The cycle and the sessions it could read, in its order (for the cycle minutes). */
  async withSessions(
    id: string,
  ): Promise<Result<{ cycle: Cycle; view: CycleView; sessions: Map<string, Session> }>> {
    const read = await this.readCycle(id);
    if (!read.ok) return read;
    const sessions = await this.readSessions(read.value);
    return ok({ cycle: read.value, view: cycleView(read.value, sessions), sessions });
  }

  private async view(cycle: Cycle): Promise<CycleView> {
    return cycleView(cycle, await this.readSessions(cycle));
  }

  private async readSessions(cycle: Cycle): Promise<Map<string, Session>> {
    const sessions = new Map<string, Session>();
    for (const slot of cycle.sessions) {
      if (!slot.sessionId) continue;
      const session = await this.deps.readSession(slot.sessionId);
      if (session) sessions.set(slot.sessionId, session);
    }
    return sessions;
  }

  private async readCycle(id: string): Promise<Result<Cycle>> {
    const read = await this.files.read(id);
    if (read.kind === 'missing') return fail('cycle.notFound');
    if (read.kind === 'damaged') return fail('cycle.damaged', { file: read.file });
    return ok(read.cycle);
  }
}
