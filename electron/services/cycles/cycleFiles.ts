/**
 * Cycle files: `<library>/.cycles/<id>.json`, one per cycle, written atomically. The folder's
 * name starts with a dot, so the library's list of sessions never sees it. A file that cannot
 * be read as a cycle is reported as damaged and is never written over.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cycleSchema, type Cycle } from '../../../shared/model/cycle';
import { idSchema } from '../../../shared/model/ids';
import { fail, ok, type Result } from '../../../shared/result';
import { writeFileAtomic } from '../fs/atomicWrite';

export const CYCLES_FOLDER = '.cycles';

export type CycleRead =
  | { kind: 'ok'; cycle: Cycle }
  | { kind: 'damaged'; id: string; file: string }
  | { kind: 'missing' };

export class CycleFiles {
  constructor(readonly libraryRoot: string) {}

  get folder(): string {
    return path.join(this.libraryRoot, CYCLES_FOLDER);
  }

  async read(id: string): Promise<CycleRead> {
    if (!idSchema.safeParse(id).success) return { kind: 'missing' };
    const file = this.fileOf(id);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      return { kind: 'missing' };
    }
    try {
      const parsed = cycleSchema.safeParse(JSON.parse(text));
      if (parsed.success && parsed.data.id === id) return { kind: 'ok', cycle: parsed.data };
    } catch {
      // Not JSON: damaged, below.
    }
    return { kind: 'damaged', id, file: path.basename(file) };
  }

  /** Every cycle file, damaged ones included (so they can be shown). */
  async list(): Promise<Exclude<CycleRead, { kind: 'missing' }>[]> {
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    const ids = names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length))
      .filter((id) => idSchema.safeParse(id).success);
    const reads = await Promise.all(ids.map((id) => this.read(id)));
    return reads.filter((r): r is Exclude<CycleRead, { kind: 'missing' }> => r.kind !== 'missing');
  }

  /** Writes a cycle; refuses when the file on disk is there but unreadable. */
  async write(cycle: Cycle): Promise<Result<void>> {
    const current = await this.read(cycle.id);
    if (current.kind === 'damaged') return fail('cycle.damaged', { file: current.file });
    try {
      await fs.mkdir(this.folder, { recursive: true });
      await writeFileAtomic(this.fileOf(cycle.id), `${JSON.stringify(cycle, null, 2)}\n`);
    } catch (error) {
      return fail('cycle.writeFailed', {
        reason: (error as NodeJS.ErrnoException).code ?? 'inconnue',
      });
    }
    return ok(undefined);
  }

  private fileOf(id: string): string {
    return path.join(this.folder, `${id}.json`);
  }
}
