/**
 * Fuzz of every contract call through the browser build's transport (HTTP, with the token):
 * malformed inputs generated from each call's own input schema — wrong types, huge strings,
 * prototype-pollution keys, path traversal, bad ids, deep nesting — so calls added later are
 * covered without touching this file. Each malformed input must be refused with the typed
 * `input.invalid` before any handler runs; the process must stay alive and answer; no file
 * outside the library may change.
 *
 * "Malformed" is what the call's schema (or the unsafe-key check in front of it) refuses; the
 * few mutations a schema accepts (a huge string where any length is fine) still run the
 * handler and must come back as a well-formed Result, but are not counted.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callNames, contract, type CallName } from '../../shared/contract';
import { errorCodes } from '../../shared/result';
import { findUnsafeKey } from '../../shared/util/untrustedInput';
import { startHost, type Host } from '../../electron/host/server';
import { createAppServices, type AppServices } from '../../electron/services/app';
import { useTempFolder } from '../../electron/services/testing/tempFolder';

type Schema = z.ZodType;
type Def = {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  in?: Schema;
  options?: Schema[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  getter?: () => Schema;
};
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const stringCandidates = [
  'abc123',
  '2025-02-04',
  '2025-02-04T09:00:00.000Z',
  '09:30',
  'fr',
  'session-20250204T090000000Z.json',
  'Séance~20250204T090000000Z',
  'QUJD',
];

/** A value the schema accepts, as far as one can be guessed: the base every mutation starts from. */
function sample(schema: Schema, depth = 0): unknown {
  const def = defOf(schema);
  if (depth > 8) return undefined;
  switch (def.type) {
    case 'string':
      return stringCandidates.find((s) => schema.safeParse(s).success) ?? 'abc';
    case 'number':
      return [1, 0, 60].find((n) => schema.safeParse(n).success) ?? 1;
    case 'boolean':
      return true;
    case 'literal':
      return def.values?.[0];
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
      return sample(def.innerType!, depth + 1);
    case 'pipe':
      return sample(def.in!, depth + 1);
    case 'lazy':
      return sample(def.getter!(), depth + 1);
    case 'union':
      for (const option of def.options ?? []) {
        const value = sample(option, depth + 1);
        if (option.safeParse(value).success) return value;
      }
      return sample(def.options![0]!, depth + 1);
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        if (defOf(field).type === 'optional') continue;
        value[key] = sample(field, depth + 1);
      }
      return value;
    }
    case 'array':
      return [];
    case 'record':
      return {};
    default:
      return undefined;
  }
}

/** Paths to every field of the schema's objects, a few levels down. */
function fieldPaths(schema: Schema, prefix: string[] = [], depth = 0): string[][] {
  const def = defOf(schema);
  if (depth > 3) return [];
  if (['optional', 'nullable', 'default'].includes(def.type))
    return fieldPaths(def.innerType!, prefix, depth);
  if (def.type === 'union') return fieldPaths(def.options![0]!, prefix, depth + 1);
  if (def.type !== 'object') return [];
  return Object.entries(def.shape ?? {}).flatMap(([key, field]) => [
    [...prefix, key],
    ...fieldPaths(field, [...prefix, key], depth + 1),
  ]);
}

const pollution = '{"__proto__":{"polluted":"oui"}}';
const constructorPollution = '{"constructor":{"prototype":{"polluted":"oui"}}}';

/** Values no schema field should take for granted; as JSON text, so `__proto__` stays a key. */
const badValues: string[] = [
  '42',
  '-1',
  '1.5',
  '1e308',
  'true',
  'null',
  '[]',
  '[1,"deux",null]',
  '{}',
  '""',
  '"   "',
  JSON.stringify('x'.repeat(1_000_000)),
  JSON.stringify('../../etc/passwd'),
  JSON.stringify('..\\..\\Windows\\win.ini'),
  JSON.stringify('/etc/passwd'),
  JSON.stringify('C:\\Windows\\System32\\config\\SAM'),
  JSON.stringify('file:///etc/passwd'),
  JSON.stringify('%2e%2e%2f%2e%2e%2fetc%2fpasswd'),
  JSON.stringify('séance/../../../root'),
  JSON.stringify('a'.repeat(65)),
  JSON.stringify('id avec espaces'),
  JSON.stringify('<img src=x onerror=alert(1)>'),
  JSON.stringify('nul\u0000octet'),
  pollution,
  constructorPollution,
];

function setAt(value: unknown, at: string[], replacement: string): string {
  const marker = '"@@FUZZ@@"';
  const copy = structuredClone(value ?? {}) as Record<string, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[at.at(-1)!] = JSON.parse(marker);
  return JSON.stringify(copy).replace(marker, replacement);
}

/** Every malformed body for one call, as raw JSON text. */
function bodiesFor(name: CallName): string[] {
  const schema = contract[name].input as Schema;
  const base = sample(schema);
  const baseText = JSON.stringify(base ?? {});
  const bodies = [
    '42',
    '"texte"',
    'true',
    '[]',
    '[1,2,3]',
    '"../../etc/passwd"',
    pollution,
    constructorPollution,
    baseText.replace(/^\{/, '{"__proto__":{"polluted":"oui"}' + (baseText === '{}' ? '' : ',')),
    baseText.replace(/^\{/, '{"prototype":{"polluted":"oui"}' + (baseText === '{}' ? '' : ',')),
    `${'{"a":'.repeat(200)}1${'}'.repeat(200)}`,
    `${'['.repeat(200)}${']'.repeat(200)}`,
  ];
  for (const at of fieldPaths(schema))
    for (const bad of badValues) bodies.push(setAt(base, at, bad));
  return bodies;
}

const tempFolder = useTempFolder();
let root: string;
let host: Host;
let services: AppServices;

beforeAll(async () => {
  root = tempFolder();
  const staticDir = path.join(root, 'renderer');
  await fs.mkdir(staticDir);
  await fs.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Atelier</title>');
  await fs.mkdir(path.join(root, 'etc'));
  await fs.writeFile(path.join(root, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
  await fs.mkdir(path.join(root, 'sentinelle'));
  await fs.writeFile(path.join(root, 'sentinelle', 'notes.txt'), 'Ne pas modifier.');
  services = createAppServices({
    configDir: path.join(root, 'config'),
    defaultLibraryPath: path.join(root, 'Documents', 'Atelier'),
    platform: { shell: 'browser', version: 'fuzz' },
  });
  host = await startHost({ services, staticDir, token: 'jeton-fuzz' });
});

afterAll(async () => {
  await services.shutdown();
  await host.close();
});

/** Everything under the test folder but the library and the app's own config. */
async function outsideTheLibrary(): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  async function walk(dir: string) {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const key = path.relative(root, full);
      if (key === 'Documents' || key === 'config') continue;
      if (entry.isDirectory()) await walk(full);
      else {
        const stat = await fs.stat(full);
        found[key] = `${createHash('sha256')
          .update(await fs.readFile(full))
          .digest('hex')}:${stat.mtimeMs}`;
      }
    }
  }
  await walk(root);
  return found;
}

async function post(name: string, body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Atelier-Token': 'jeton-fuzz' },
    body,
  });
  return { status: response.status, json: await response.json() };
}

describe('fuzz of every contract call over HTTP', () => {
  it('refuses every malformed input with a typed error, stays up, and touches nothing outside the library', async () => {
    const before = await outsideTheLibrary();
    const refused = new Map<string, number>();
    const unexpected: string[] = [];
    let accepted = 0;
    for (const name of callNames) {
      const schema = contract[name].input as Schema;
      const bodies = bodiesFor(name);
      // A few at a time: the host answers each; order does not matter.
      for (let i = 0; i < bodies.length; i += 8) {
        await Promise.all(
          bodies.slice(i, i + 8).map(async (body) => {
            const raw: unknown = JSON.parse(body);
            const malformed = findUnsafeKey(raw) !== null || !schema.safeParse(raw ?? {}).success;
            const { json } = await post(name, body);
            const result = json as { ok: boolean; error?: { code: string } };
            if (malformed) {
              if (result.ok !== false || result.error?.code !== 'input.invalid')
                unexpected.push(
                  `${name} ${body.slice(0, 120)} → ${JSON.stringify(json).slice(0, 200)}`,
                );
              refused.set(name, (refused.get(name) ?? 0) + 1);
            } else {
              accepted++;
              const typed =
                result.ok === true ||
                (errorCodes as readonly string[]).includes(result.error?.code ?? '');
              if (!typed)
                unexpected.push(
                  `${name} (accepted) ${body.slice(0, 120)} → ${JSON.stringify(json)}`,
                );
            }
          }),
        );
      }
    }
    const total = [...refused.values()].reduce((a, b) => a + b, 0);
    console.log(
      `fuzz: ${total} malformed inputs refused over ${callNames.length} calls (${accepted} accepted by their schema, answered with a typed Result)`,
    );
    expect(unexpected).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(1000);
    for (const name of callNames) expect(refused.get(name) ?? 0, name).toBeGreaterThanOrEqual(10);

    // Alive and well: a normal call still answers.
    expect((await post('library.list', '{}')).json).toMatchObject({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await outsideTheLibrary()).toEqual(before);
  });
});
