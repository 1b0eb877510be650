import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../testing/tempFolder';
import { removeStaleTempFiles, writeFileAtomic } from './atomicWrite';

const tempFolder = useTempFolder();

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temp file', async () => {
    const dir = tempFolder();
    const file = path.join(dir, 'session.json');
    await writeFileAtomic(file, '{"v":1}');
    await writeFileAtomic(file, '{"v":2}');
    expect(await fs.readFile(file, 'utf8')).toBe('{"v":2}');
    expect(await fs.readdir(dir)).toEqual(['session.json']);
  });

  it('leaves what was there when the target cannot be replaced, and cleans its temp file', async () => {
    const dir = tempFolder();
    const target = path.join(dir, 'session.json');
    await fs.mkdir(target); // a folder where a file is expected: rename fails
    await fs.writeFile(path.join(target, 'keep.txt'), 'intact');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(await fs.readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('intact');
    expect((await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('coalesces a burst of writes and ends with the last content', async () => {
    const dir = tempFolder();
    const file = path.join(dir, 'notes.json');
    const writes = Array.from({ length: 50 }, (_, i) => writeFileAtomic(file, `état ${i}`));
    await Promise.all(writes);
    expect(await fs.readFile(file, 'utf8')).toBe('état 49');
  });

  it('removes temp files a killed process left behind', async () => {
    const dir = tempFolder();
    await fs.writeFile(path.join(dir, '.session.json.abc123.tmp'), '{"tronqué');
    await fs.writeFile(path.join(dir, 'session.json'), '{}');
    await removeStaleTempFiles(dir);
    expect(await fs.readdir(dir)).toEqual(['session.json']);
  });
});
