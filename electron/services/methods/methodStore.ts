/**
 * Personal methods: one JSON file each in the library folder, `<library>/.methods/<id>.json`,
 * so they travel with the library and survive updates of the app. The folder's name starts
 * with a dot: the library's list of sessions never sees it.
 *
 * Guarantees: a file is written atomically and durably (writeFileAtomic); a file that cannot be
 * read as a method (not JSON, invalid, from a newer Atelier, or whose id is not its name) is
 * listed as damaged and never overwritten or deleted here.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { idSchema } from '../../../shared/model/ids';
import { methodSchema, type Method } from '../../../shared/model/method';
import { fail, ok, type Result } from '../../../shared/result';
import { writeFileAtomic } from '../fs/atomicWrite';

export const METHODS_FOLDER = '.methods';
/** The version of the file's format; a file with a higher one is left alone. */
export const METHOD_FILE_VERSION = 1;

const fileSchema = z.looseObject({ atelierMethod: z.number().int().min(1) });

export type DamagedMethodFile = { file: string; reason: 'damaged' | 'newer' };
type Read = { kind: 'ok'; method: Method } | { kind: 'missing' } | { kind: 'damaged' | 'newer' };

export class MethodStore {
  readonly folder: string;

  constructor(libraryRoot: string) {
    this.folder = path.join(libraryRoot, METHODS_FOLDER);
  }

  /** Every personal method that reads, by title; the files that do not, by name. */
  async list(): Promise<{ methods: Method[]; damaged: DamagedMethodFile[] }> {
    const names = await fs.readdir(this.folder).catch(() => [] as string[]);
    const files = names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
    const methods: Method[] = [];
    const damaged: DamagedMethodFile[] = [];
    for (const file of files) {
      const read = await this.read(file);
      if (read.kind === 'ok') methods.push(read.method);
      else if (read.kind !== 'missing') damaged.push({ file, reason: read.kind });
    }
    methods.sort((a, b) => a.title.localeCompare(b.title, 'fr'));
    return { methods, damaged };
  }

  async get(id: string): Promise<Result<Method>> {
    const read = await this.read(fileName(id));
    if (read.kind === 'ok') return ok(read.method);
    return read.kind === 'missing' ? fail('method.notFound') : fail('method.damaged', { id });
  }

  /** Creates or replaces the method's file; a damaged file of the same id is kept as it is. */
  async save(method: Method): Promise<Result<{ id: string }>> {
    const existing = await this.read(fileName(method.id));
    if (existing.kind === 'damaged' || existing.kind === 'newer')
      return fail('method.damaged', { id: method.id });
    try {
      await fs.mkdir(this.folder, { recursive: true });
      const content = { atelierMethod: METHOD_FILE_VERSION, ...methodSchema.parse(method) };
      await writeFileAtomic(
        path.join(this.folder, fileName(method.id)),
        `${JSON.stringify(content, null, 2)}\n`,
      );
    } catch (error) {
      return fail('method.writeFailed', { reason: errorReason(error) });
    }
    return ok({ id: method.id });
  }

  async remove(id: string): Promise<Result<Record<string, never>>> {
    const existing = await this.get(id);
    if (!existing.ok) return existing;
    try {
      await fs.rm(path.join(this.folder, fileName(id)));
    } catch (error) {
      return fail('method.writeFailed', { reason: errorReason(error) });
    }
    return ok({});
  }

  private async read(file: string): Promise<Read> {
    let text: string;
    try {
      text = await fs.readFile(path.join(this.folder, file), 'utf8');
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? { kind: 'missing' }
        : { kind: 'damaged' };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { kind: 'damaged' };
    }
    const header = fileSchema.safeParse(json);
    if (!header.success) return { kind: 'damaged' };
    if (header.data.atelierMethod > METHOD_FILE_VERSION) return { kind: 'newer' };
    const { atelierMethod: _version, ...rest } = header.data;
    const method = methodSchema.safeParse(rest);
    if (!method.success || fileName(method.data.id) !== file) return { kind: 'damaged' };
    return { kind: 'ok', method: method.data };
  }
}

/** Ids are safe file names (letters, digits, `-` and `_`: idSchema), checked again here. */
function fileName(id: string): string {
  return `${idSchema.parse(id)}.json`;
}

function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
