/**
 * Application settings (`settings.json` in the per-user configuration folder, never in the
 * library, since it says where the library is). Unreadable settings fall back to defaults.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { settingsSchema, type Settings } from '../../shared/contract';
import { writeFileAtomic } from './fs/atomicWrite';

export class SettingsStore {
  private current: Settings | null = null;

  constructor(
    private readonly file: string,
    private readonly defaults: Settings,
  ) {}

  async get(): Promise<Settings> {
    if (this.current) return this.current;
    const text = await fs.readFile(this.file, 'utf8').catch(() => null);
    const stored = text === null ? null : settingsSchema.partial().safeParse(safeJson(text));
    this.current = { ...this.defaults, ...(stored?.success ? stripUndefined(stored.data) : {}) };
    return this.current;
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = settingsSchema.parse({ ...(await this.get()), ...patch });
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.current = next;
    return next;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Where Atelier keeps its settings, the same for the desktop app and the browser build. */
export function defaultConfigDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  home: string,
): string {
  if (env.ATELIER_CONFIG_DIR) return env.ATELIER_CONFIG_DIR;
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Atelier');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Atelier');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Atelier');
}
