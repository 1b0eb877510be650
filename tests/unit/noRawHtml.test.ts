/**
 * No code that ships renders a string as markup: React escapes text, and nothing here opts out.
 * A feature that truly needs markup must build elements, not parse strings.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const forbidden = [
  /dangerouslySetInnerHTML/,
  /\.(inner|outer)HTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /createContextualFragment/,
  /\beval\s*\(/,
  /new\s+Function\s*\(/,
  /DOMParser/,
];

async function sourceFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await sourceFiles(full)));
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) found.push(full);
  }
  return found;
}

describe('no raw HTML', () => {
  it('no renderer, shared or Electron source renders a string as HTML', async () => {
    const files = [
      ...(await sourceFiles(path.join(root, 'renderer'))),
      ...(await sourceFiles(path.join(root, 'shared'))),
      ...(await sourceFiles(path.join(root, 'electron'))),
    ];
    expect(files.length).toBeGreaterThan(50);
    const uses: string[] = [];
    for (const file of files) {
      const text = await fs.readFile(file, 'utf8');
      for (const pattern of forbidden)
        if (pattern.test(text)) uses.push(`${path.relative(root, file)}: ${pattern.source}`);
    }
    expect(uses).toEqual([]);
  });
});
