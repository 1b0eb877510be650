import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { licenseSchema, type License } from '../../../shared/contract';
import { fail, ok } from '../../../shared/result';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

export function aboutHandlers(ctx: HandlerContext): HandlersFor<'app.about' | 'app.showFolder'> {
  const { platform, paths, settings } = ctx;
  let licenses: Promise<License[]> | null = null;
  return {
    'app.about': async () => {
      licenses ??= readLicenses(paths.licenses);
      const versions = process.versions as NodeJS.ProcessVersions & {
        electron?: string;
        chrome?: string;
      };
      const runtime = [
        versions.electron ? `Electron ${versions.electron}` : null,
        versions.chrome ? `Chromium ${versions.chrome}` : null,
        `Node.js ${versions.node}`,
      ].filter(Boolean);
      return ok({
        version: platform.version,
        shell: platform.shell,
        system: `${process.platform} ${process.arch}`,
        runtime: runtime.join(', '),
        libraryPath: (await settings.get()).libraryPath,
        configPath: paths.config,
        logFile: paths.logFile,
        licenses: await licenses,
      });
    },

    'app.showFolder': async (input) => {
      if (!platform.showInFolder) return fail('platform.unsupported');
      if (input.which === 'library') {
        const library = await ctx.currentLibrary();
        const ready = await library.ensureRoot();
        if (!ready.ok) return ready;
        await platform.showInFolder(library.root, 'folder');
      } else {
        if (!paths.logFile) return fail('platform.unsupported');
        await fs.mkdir(path.dirname(paths.logFile), { recursive: true });
        const exists = await fs.stat(paths.logFile).catch(() => null);
        await platform.showInFolder(
          exists ? paths.logFile : path.dirname(paths.logFile),
          exists ? 'file' : 'folder',
        );
      }
      return ok({});
    },
  };
}

/** The lists the build wrote (one per bundle), merged: one entry per package and version. */
async function readLicenses(dir: string | null): Promise<License[]> {
  if (!dir) return [];
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const found = new Map<string, License>();
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const text = await fs.readFile(path.join(dir, name), 'utf8').catch(() => '[]');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = [];
    }
    const parsed = z.array(licenseSchema).safeParse(raw);
    for (const entry of parsed.success ? parsed.data : [])
      found.set(`${entry.name}@${entry.version}`, entry);
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
