/**
 * Test the crash, not only the save: a child process saves in a loop and is killed with SIGKILL
 * at random moments, hundreds of times. After every kill the file must parse, validate, and be
 * exactly one of the states the child saved: never empty, never a mix.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSessionText } from '../../../shared/model/parseSession';
import { createSession, type Session } from '../../../shared/model/session';
import { applyOperation } from '../../../shared/session/applyOperation';
import { participant } from '../../../shared/testing/sampleSession';
import { useTempFolder } from '../testing/tempFolder';
import { crashOperation } from './crashOperations';
import { serializeSession } from './sessionFile';

const KILLS = Number(process.env.ATELIER_CRASH_KILLS ?? 220);
const LANES = 2;
const tempFolder = useTempFolder('atelier-crash-');
let child = '';

beforeAll(async () => {
  child = path.join(tempFolder(), 'crashChild.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'crashChild.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
  });
}, 30_000);

function initialSession(): Session {
  const names = [
    'Benali',
    'Lefèvre',
    'N’Diaye',
    'Dupont-Aignan',
    'Œuvray',
    'Moreau',
    'Da Silva',
    'Nguyễn',
  ];
  const session = createSession({
    id: 'crash-test',
    now: '2025-02-04T08:00:00.000Z',
    header: { title: 'Version 0' },
  });
  return {
    ...session,
    participants: Array.from({ length: 300 }, (_, i) =>
      participant(
        `p${i}`,
        names[i % names.length]!,
        `Prénom ${i}`,
        `Mairie de Liévin ${i % 17}`,
        'Collectivité',
      ),
    ),
  };
}

/** Starts the child, waits until it saves, kills it after `delayMs`; returns the last op number it may have started. */
function runAndKill(folder: string, start: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, folder, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.stdout.once('data', () => setTimeout(() => proc.kill('SIGKILL'), delayMs));
    proc.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited ${code}: ${stderr}`)),
    );
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-save: the file is always a whole saved state`, async () => {
    const initial = initialSession();
    const stateAfter = (k: number) =>
      k === 0 ? initial : applyOperation(initial, crashOperation(k));
    let kills = 0;
    let maxReached = 0;
    let midWrite = 0;

    async function lane(index: number): Promise<void> {
      const folder = path.join(tempFolder(), `lane-${index}`);
      await fs.mkdir(folder);
      await fs.writeFile(path.join(folder, 'session.json'), serializeSession(initial));
      let next = 1;
      while (kills < KILLS) {
        await runAndKill(folder, next, Math.random() * 40);
        kills++;
        // A temp file left behind means the kill landed in the middle of a write.
        if ((await fs.readdir(folder)).some((name) => name.endsWith('.tmp'))) midWrite++;
        const parsed = parseSessionText(
          await fs.readFile(path.join(folder, 'session.json'), 'utf8'),
        );
        expect(parsed.kind, `after kill ${kills}`).toBe('ok');
        if (parsed.kind !== 'ok') return;
        const k = Number(/^Version (\d+)$/.exec(parsed.session.title)?.[1]);
        expect(parsed.session).toEqual(stateAfter(k));
        maxReached = Math.max(maxReached, k);
        // The next run continues the numbering, so every state is told apart from the others.
        next = Math.max(next, k) + 1000;
      }
    }

    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(maxReached).toBeGreaterThan(0);
    console.log(
      `crash test: ${kills} kills (${midWrite} in the middle of a write), every file whole and equal to a saved state`,
    );
  }, 600_000);
});
