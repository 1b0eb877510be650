/** The commands of `atelier`, and its help. */
import { checkCommand } from './commands/check';
import { groupsCommand } from './commands/groups';
import { importCommand } from './commands/import';
import type { CommandIO } from './io';

declare const ATELIER_VERSION: string;

type Command = { summary: string; run: (argv: string[], io: CommandIO) => Promise<number> };

const commands: Record<string, Command> = {
  check: {
    summary: 'check <dossier de séance>   vérifie un fichier de séance (rapport JSON)',
    run: checkCommand,
  },
  import: {
    summary: 'import <fichier> [--json]    lit une liste d’inscrits (CSV, XLSX) sans rien modifier',
    run: importCommand,
  },
  groups: {
    summary: 'groups <instance.json> [--time-ms N] [--seed S]   forme des groupes (JSON)',
    run: groupsCommand,
  },
};

function help(): string {
  const lines = Object.values(commands).map((c) => `  atelier ${c.summary}`);
  return [
    `Atelier ${typeof ATELIER_VERSION === 'string' ? ATELIER_VERSION : ''}`.trim(),
    '',
    'Commandes :',
    ...lines,
    '',
    '  atelier --help              cette aide',
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`Commande inconnue : ${name}\n\n${help()}`);
    return 2;
  }
  return command.run(rest, io);
}
