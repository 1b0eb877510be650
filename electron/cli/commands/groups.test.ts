import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../services/testing/tempFolder';
import { runCli } from '../runCli';

const tempFolder = useTempFolder();

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function instanceFile(instance: unknown) {
  const file = path.join(tempFolder(), 'instance.json');
  await fs.writeFile(file, typeof instance === 'string' ? instance : JSON.stringify(instance));
  return file;
}

const names = ['aicha', 'jerome', 'fatoumata', 'eloise', 'francois', 'maelle', 'chloe', 'loic'];
const organisations = [
  'Mairie de Gennevilliers',
  'Préfecture des Hauts-de-Seine',
  'CAF 92',
  'Ville de Nanterre',
];
const participants = Array.from({ length: 16 }, (_, i) => ({
  id: `${names[i % names.length]}-${i}`,
  organisation: organisations[i % organisations.length],
  role: i % 2 === 0 ? 'État' : 'Collectivité',
}));

describe('atelier groups', () => {
  it('prints the rounds, their score and the time taken', async () => {
    const { code, stdout, stderr } = await cli(
      'groups',
      await instanceFile({ participants, groupSize: 4, rounds: 5, mix: [] }),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['rounds', 'score', 'ms']);
    expect(output.rounds).toHaveLength(5);
    for (const round of output.rounds) {
      expect(round).toHaveLength(4);
      expect(round.flat().sort()).toEqual(participants.map((p) => p.id).sort());
    }
    expect(output.score).toMatchObject({ repeatedPairs: 0, violations: 0 });
    expect(output.ms).toBeGreaterThanOrEqual(0);
  });

  it('keeps hosts at their table, fixed people at theirs, and pairs together', async () => {
    const instance = {
      participants: participants.map((p, i) => (i < 4 ? { ...p, host: true } : p)),
      groupSize: 4,
      rounds: 3,
      keepTogether: [[participants[5]!.id, participants[6]!.id]],
      keepApart: [[participants[7]!.id, participants[8]!.id]],
      fixed: { [participants[9]!.id]: 2 },
    };
    const { code, stdout } = await cli('groups', await instanceFile(instance), '--seed', 'liévin');
    expect(code).toBe(0);
    const { rounds, score } = JSON.parse(stdout) as {
      rounds: string[][][];
      score: { violations: number };
    };
    const tableOf = (round: string[][], id: string) => round.findIndex((g) => g.includes(id));
    for (const round of rounds) {
      participants
        .slice(0, 4)
        .forEach((host, table) => expect(tableOf(round, host.id)).toBe(table));
      expect(tableOf(round, participants[9]!.id)).toBe(2);
      expect(tableOf(round, participants[5]!.id)).toBe(tableOf(round, participants[6]!.id));
      expect(tableOf(round, participants[7]!.id)).not.toBe(tableOf(round, participants[8]!.id));
    }
    expect(score.violations).toBe(0);
  });

  it('gives the same groups for the same seed', async () => {
    const file = await instanceFile({
      participants,
      groupSize: 5,
      rounds: 3,
      leftovers: 'smaller',
    });
    const rounds = async (seed: string) =>
      JSON.parse((await cli('groups', file, '--seed', seed, '--time-ms', '2000')).stdout).rounds;
    const first = await rounds('7');
    expect(first[0].map((g: string[]) => g.length)).toEqual([4, 4, 4, 4]);
    expect(await rounds('7')).toEqual(first);
  });

  it('says in French what is wrong with the instance, exit code 1', async () => {
    const notJson = await cli('groups', await instanceFile('{"participants": ['));
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('n’est pas un fichier JSON valide');

    const invalid = await cli('groups', await instanceFile({ participants, rounds: 0 }));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('Cette instance n’est pas valide');
    expect(invalid.stderr).toMatch(/groupSize: .*attendu/);
    expect(invalid.stderr).toMatch(/rounds: .*1/);

    const twice = await cli(
      'groups',
      await instanceFile({
        participants: [...participants, participants[0]],
        groupSize: 4,
        rounds: 1,
      }),
    );
    expect(twice.stderr).toContain('identifiant en double : aicha-0');

    const contradiction = await cli(
      'groups',
      await instanceFile({
        participants,
        groupSize: 4,
        rounds: 2,
        keepTogether: [['aicha-0', 'jerome-1']],
        keepApart: [['jerome-1', 'aicha-0']],
      }),
    );
    expect(contradiction.code).toBe(1);
    expect(contradiction.stderr).toBe(
      'Groupes impossibles à former\u00a0: jerome-1, aicha-0 doivent être à la fois ensemble et séparés.\n',
    );
  });

  it('answers a usage error with exit code 2', async () => {
    const file = await instanceFile({ participants, groupSize: 4, rounds: 1 });
    expect((await cli('groups')).code).toBe(2);
    expect((await cli('groups', file, '--time-ms', 'vite')).code).toBe(2);
    expect((await cli('groups', file, '--seed')).code).toBe(2);
    expect((await cli('groups', file, '--verbose')).code).toBe(2);
    expect((await cli('groups', '--help')).stdout).toContain('atelier groups <instance.json>');
    expect((await cli('--help')).stdout).toContain('atelier groups');
    const missing = await cli('groups', path.join(tempFolder(), 'absent.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('ENOENT');
  });
});
