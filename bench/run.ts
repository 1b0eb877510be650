/** `npm run bench`: every benchmark in bench/, one after the other, printed as text tables. */
import { run as importConfirm } from './importConfirm';
import { run as boardRender } from './boardRender';
import { run as grouping } from './grouping';
import { run as importParse } from './importParse';
import { run as minutesExport } from './minutesExport';
import { run as saveLatency } from './saveLatency';
import { run as timerRepaints } from './timerRepaints';

const benchmarks: [string, () => Promise<string>][] = [
  ['saveLatency', saveLatency],
  ['importParse', importParse],
  ['minutesExport', minutesExport],
  ['importConfirm', importConfirm],
  ['boardRender', boardRender],
  ['timerRepaints', timerRepaints],
  ['grouping', grouping],
];

const only = process.argv[2];
for (const [name, run] of benchmarks) {
  if (only && name !== only) continue;
  console.log(`\n## ${name}\n${await run()}`);
}
