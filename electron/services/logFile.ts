/**
 * Atelier's own log, for support: `<config folder>/logs/atelier.log`, one line per event, rotated
 * at 1 Mo (the three previous files are kept as atelier.1.log … atelier.3.log).
 *
 * What is logged: each start (version, shell, OS, Electron/Node versions); unexpected errors
 * (message and stack trace); saves that failed and imports or exports refused (their error code
 * and the session's id). Never logged: titles, names, e-mails, notes or anything typed, file
 * contents. Paths are written with the home folder as `~`, so the user's account name stays out.
 * Writing the log never throws and never delays the app: lines are queued.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemClock, type Clock } from './clock';

export type LogLevel = 'info' | 'error';
export type Log = (message: string, error?: unknown) => void;

const MAX_LINE = 8000;

export class LogFile {
  private queue: Promise<void> = Promise.resolve();
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly clock: Clock;
  private readonly home: string;

  constructor(
    readonly file: string,
    options: { maxBytes?: number; keep?: number; clock?: Clock; home?: string } = {},
  ) {
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.keep = options.keep ?? 3;
    this.clock = options.clock ?? systemClock;
    this.home = options.home ?? os.homedir();
  }

  write(level: LogLevel, message: string, error?: unknown): void {
    const line = this.format(level, message, error);
    this.queue = this.queue.then(() => this.append(line)).catch(() => undefined);
  }

  /** Resolves once every line written so far is on disk. */
  flush(): Promise<void> {
    return this.queue;
  }

  private format(level: LogLevel, message: string, error?: unknown): string {
    const detail =
      error === undefined || error === ''
        ? ''
        : error instanceof Error
          ? ` — ${error.stack ?? `${error.name}: ${error.message}`}`
          : ` — ${String(error)}`;
    const text = this.redact(`${message}${detail}`).replace(/\r?\n\s*/g, ' | ');
    const stamp = new Date(this.clock.now()).toISOString();
    return `${stamp} ${level.toUpperCase().padEnd(5)} ${text.slice(0, MAX_LINE)}\n`;
  }

  private redact(text: string): string {
    if (this.home.length < 2) return text;
    return text.split(this.home).join('~');
  }

  private async append(line: string): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const size = (await fs.stat(this.file).catch(() => null))?.size ?? 0;
    if (size > 0 && size + Buffer.byteLength(line) > this.maxBytes) await this.rotate();
    await fs.appendFile(this.file, line, 'utf8');
  }

  private async rotate(): Promise<void> {
    const numbered = (n: number) => this.file.replace(/\.log$/, `.${n}.log`);
    await fs.rm(numbered(this.keep), { force: true });
    for (let n = this.keep - 1; n >= 1; n--)
      await fs.rename(numbered(n), numbered(n + 1)).catch(() => undefined);
    await fs.rename(this.file, numbered(1));
  }
}

/** Where the log of a configuration folder is. */
export function logFileIn(configDir: string): string {
  return path.join(configDir, 'logs', 'atelier.log');
}

/** Errors go to the terminal (for developers) and to the log file (for support). */
export function consoleAndFile(logFile: LogFile): Log {
  return (message, error) => {
    console.error(`[atelier] ${message}`, error ?? '');
    logFile.write('error', message, error);
  };
}
