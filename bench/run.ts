/** `npm run bench`: every benchmark in bench/, one after the other, printed as text tables. */
import { run as grouping } from './grouping';
import { run as importParse } from './importParse';
import { run as saveLatency } from './saveLatency';

const benchmarks: [string, () => Promise<string>][] = [
  ['saveLatency', saveLatency],
  ['importParse', importParse],
  ['grouping', grouping],
];

const only = process.argv[2];
for (const [name, run] of benchmarks) {
  if (only && name !== only) continue;
  console.log(`\n## ${name}\n${await run()}`);
}
