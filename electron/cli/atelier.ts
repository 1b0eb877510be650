/** The `atelier` command: session files and grouping from a terminal, without the app. */
import type { CommandIO } from './io';
import { runCli } from './runCli';

const io: CommandIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};
runCli(process.argv.slice(2), io).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
