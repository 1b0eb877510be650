/**
 * `atelier check <session folder>`: validates a session file without changing it.
 * Prints `{ok, schemaVersion, errors}`; exit 0 when valid, 1 when not, 2 on usage error.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readSchemaVersion } from '../../../shared/model/migrations';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/migrations/version';
import { parseSessionText } from '../../../shared/model/parseSession';
import type { CommandIO } from '../io';

export async function checkCommand(argv: string[], io: CommandIO): Promise<number> {
  const [target, ...rest] = argv;
  if (!target || rest.length > 0) {
    io.stderr('Usage : atelier check <dossier de séance | session.json>\n');
    return 2;
  }
  const stat = await fs.stat(target).catch(() => null);
  if (!stat) {
    io.stderr(`Introuvable : ${target}\n`);
    return 2;
  }
  const file = stat.isDirectory() ? path.join(target, 'session.json') : target;
  const text = await fs.readFile(file, 'utf8').catch(() => null);
  const report = text === null ? missing() : check(text);
  io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  return report.ok ? 0 : 1;
}

type Report = { ok: boolean; schemaVersion: number | null; errors: string[] };

function missing(): Report {
  return { ok: false, schemaVersion: null, errors: ['session.json est absent ou illisible'] };
}

function check(text: string): Report {
  const parsed = parseSessionText(text);
  let version: number | null = null;
  try {
    version = readSchemaVersion(JSON.parse(text));
  } catch {
    version = null;
  }
  switch (parsed.kind) {
    case 'ok':
      return { ok: true, schemaVersion: version, errors: [] };
    case 'truncated':
      return { ok: false, schemaVersion: version, errors: ['fichier vide ou tronqué'] };
    case 'notJson':
      return { ok: false, schemaVersion: null, errors: ['ce n’est pas du JSON'] };
    case 'invalid':
      return { ok: false, schemaVersion: version, errors: parsed.issues };
    case 'newer':
      return {
        ok: false,
        schemaVersion: parsed.version,
        errors: [
          `version ${parsed.version} plus récente que celle que cet Atelier connaît (${CURRENT_SCHEMA_VERSION})`,
        ],
      };
  }
}
