/**
 * `atelier groups <instance.json> [--time-ms N] [--seed S]`: forms groups for the instance
 * (see shared/grouping/instance.ts) and prints `{rounds, score, ms}` as JSON: rounds → groups
 * → participant ids, the score of the schedule, and the time the search took.
 *
 * Exit codes: 0 when groups were formed; 1 when the file is not a valid instance or its
 * constraints contradict each other (French message on stderr); 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { errorText } from '../../../shared/errors/errorMessage';
import { formGroups } from '../../../shared/grouping/formGroups';
import { groupingInstanceSchema, instanceToInput } from '../../../shared/grouping/instance';
import type { GroupingResult } from '../../../shared/grouping/types';
import { createTranslator } from '../../../shared/i18n/t';
import { describeIssues } from '../../../shared/model/parseSession';
import type { CommandIO } from '../io';

const t = createTranslator('fr', { strict: false });
const MAX_TIME_MS = 600_000;

export async function groupsCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseArguments(argv);
  if (parsed === 'help') {
    io.stdout(`${t('groups.cli.usage')}\n`);
    return 0;
  }
  if (!parsed) {
    io.stderr(`${t('groups.cli.usage')}\n`);
    return 2;
  }
  const text = await readFile(parsed.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    io.stderr(`${t('groups.cli.unreadable', { path: parsed.file, reason: error.code ?? '?' })}\n`);
    return null;
  });
  if (text === null) return 1;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    io.stderr(`${t('groups.cli.notJson', { path: parsed.file })}\n`);
    return 1;
  }
  const instance = groupingInstanceSchema.safeParse(raw, { error: z.locales.fr().localeError });
  if (!instance.success) {
    const issues = describeIssues(instance.error).map((issue) => `  - ${issue}`);
    io.stderr(`${t('groups.cli.invalid')}\n${issues.join('\n')}\n`);
    return 1;
  }
  const result = formGroups(instanceToInput(instance.data), {
    timeMs: parsed.timeMs,
    seed: parsed.seed,
  });
  if (!result.ok) {
    const message = errorText(t, result.error);
    io.stderr(`${t('groups.cli.refused', { message })}\n`);
    return 1;
  }
  io.stdout(`${format(result.value)}\n`);
  return 0;
}

type Arguments = { file: string; timeMs: number; seed: string };

function parseArguments(argv: string[]): Arguments | 'help' | null {
  if (argv.includes('--help')) return 'help';
  const files: string[] = [];
  let timeMs = 1000;
  let seed = '1';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--time-ms' || arg === '--seed') {
      const value = argv[++i];
      if (value === undefined) return null;
      if (arg === '--seed') seed = value;
      else {
        timeMs = Number(value);
        if (!Number.isInteger(timeMs) || timeMs < 1 || timeMs > MAX_TIME_MS) return null;
      }
    } else if (arg.startsWith('--')) return null;
    else files.push(arg);
  }
  return files.length === 1 ? { file: files[0]!, timeMs, seed } : null;
}

/** One group per line: readable in a terminal, still plain JSON. */
function format({ rounds, score, ms }: GroupingResult): string {
  const round = (groups: string[][]) =>
    `    [\n${groups.map((g) => `      ${JSON.stringify(g)}`).join(',\n')}\n    ]`;
  return [
    '{',
    `  "rounds": [\n${rounds.map(round).join(',\n')}\n  ],`,
    `  "score": ${JSON.stringify(score, null, 2).replace(/\n/g, '\n  ')},`,
    `  "ms": ${Math.round(ms)}`,
    '}',
  ].join('\n');
}
