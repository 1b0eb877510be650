/**
 * `npm run web`: the browser build of Atelier on http://127.0.0.1, with the same data folder
 * as the desktop app. Options: --port N, --library <folder>, --config <folder>.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createAppServices } from '../services/app';
import { bundledAssets } from '../services/exporters/exportAssets';
import { consoleAndFile, LogFile, logFileIn } from '../services/logFile';
import { defaultConfigDir } from '../services/settings';
import { startHost } from './server';

declare const ATELIER_VERSION: string;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      library: { type: 'string' },
      config: { type: 'string' },
      token: { type: 'string' },
    },
  });
  const configDir = values.config ?? defaultConfigDir(process.env, process.platform, os.homedir());
  const logFile = new LogFile(logFileIn(configDir));
  const log = consoleAndFile(logFile);
  const services = createAppServices({
    configDir,
    logFile: logFile.file,
    licensesDir: path.join(__dirname, '..', 'licenses'),
    defaultLibraryPath: path.join(os.homedir(), 'Documents', 'Atelier'),
    platform: { shell: 'browser', version: ATELIER_VERSION },
    exportAssets: bundledAssets(path.join(__dirname, '..', 'resources')),
    log,
  });
  if (values.library) await services.settings.update({ libraryPath: path.resolve(values.library) });
  const host = await startHost({
    services,
    staticDir: path.join(__dirname, '..', 'renderer'),
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.token ? { token: values.token } : {}),
    log,
  });
  logFile.write(
    'info',
    `Atelier ${ATELIER_VERSION} started (browser, ${process.platform} ${process.arch}, Node ${process.versions.node})`,
  );
  const { libraryPath } = await services.settings.get();
  console.log(`Atelier (navigateur) : ${host.url}`);
  console.log(`Séances : ${libraryPath}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await services.shutdown();
    await host.close();
    await logFile.flush();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
