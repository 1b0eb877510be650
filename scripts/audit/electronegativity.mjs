// Electronegativity (Doyensec's static audit of Electron apps) over what ships: electron/ without
// its tests, plus the built renderer page (out/renderer/index.html), whose meta tag carries the
// Content-Security-Policy it grades. Run by `npm test` after the build; `node
// scripts/audit/electronegativity.mjs` alone works too once `npm run build` has run.
//
// Passes when no finding is above LOW, except PRELOAD_JS_CHECK: it flags every preload for a
// human review, and each preload must carry that review (a "Security review (PRELOAD_JS_CHECK"
// comment, see electron/preload/main.ts). Parse errors fail too: an unread file is an unchecked one.
//
// Offline: electronegativity fetches translations and Electron's release list from GitHub with
// `got`. Here `got` is replaced by a function that refuses at once, the release check is left
// out (the Electron version is pinned in package.json and passed with its version, as `-e`),
// and the messages stay in their shipped English.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const reportFile = path.join(root, 'test-results', 'reports', 'electronegativity.json');
const staged = path.join(root, 'test-results', 'audit', 'electronegativity');
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const requireFromTool = createRequire(
  requireFromRoot.resolve('@doyensec/electronegativity/dist/runner.js'),
);

/** Checks that need the network; the reason is printed with the results. */
const excluded = {
  AVAILABLESECURITYFIXESGLOBALCHECK:
    "downloads Electron's release list; the version is pinned in package.json",
};
const reviewedByHand = new Set(['PRELOAD_JS_CHECK']);
const LOW = 1;

function offlineGot() {
  const refuse = () => Promise.reject(new Error('offline: no network during tests'));
  refuse.head = refuse;
  refuse.get = refuse;
  refuse.default = refuse;
  const gotPath = requireFromTool.resolve('got');
  requireFromTool.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: refuse,
  };
}

function stageInput() {
  fs.rmSync(staged, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'electron'), path.join(staged, 'electron'), {
    recursive: true,
    filter: (source) => !/\.test\.ts$/.test(source) && path.basename(source) !== 'testing',
  });
  const page = path.join(root, 'out', 'renderer', 'index.html');
  if (!fs.existsSync(page)) throw new Error(`${page} is missing: run \`npm run build\` first.`);
  fs.mkdirSync(path.join(staged, 'renderer'), { recursive: true });
  fs.copyFileSync(page, path.join(staged, 'renderer', 'index.html'));
}

function unreviewedPreloads() {
  const folder = path.join(root, 'electron', 'preload');
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .filter((name) => fs.readFileSync(path.join(folder, name), 'utf8').includes('contextBridge'))
    .filter(
      (name) =>
        !fs
          .readFileSync(path.join(folder, name), 'utf8')
          .includes('Security review (PRELOAD_JS_CHECK'),
    );
}

async function main() {
  offlineGot();
  stageInput();
  const electronVersion = requireFromRoot('electron/package.json').version;
  const run = requireFromTool('./runner.js');
  const quiet = console.log;
  console.log = () => undefined; // "Could not retrieve updated translations": expected offline.
  let result;
  try {
    result = await run({
      input: staged,
      electronVersionOverride: electronVersion,
      isRelative: true,
      excludeFromScan: Object.keys(excluded).map((c) => c.toLowerCase()),
    });
  } finally {
    console.log = quiet;
  }
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location.line,
    reviewRequired: Boolean(issue.manualReview),
    description: issue.description,
  }));
  const blocking = result.issues.filter(
    (issue) => issue.severity.value > LOW && !reviewedByHand.has(issue.id),
  );
  const missingReviews = unreviewedPreloads();
  const parseErrors = result.errors.filter((error) => !error.tolerable);

  console.log(
    `Electronegativity — Electron ${electronVersion}, ${result.atomicChecks} atomic and ${result.globalChecks} global checks`,
  );
  console.log(
    `Left out: ${Object.entries(excluded)
      .map(([c, why]) => `${c} (${why})`)
      .join('; ')}`,
  );
  if (findings.length === 0) console.log('No finding.');
  for (const f of findings)
    console.log(
      `${blocking.some((b) => b.id === f.check) ? '✗' : '·'} ${f.check.padEnd(28)} ${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.file}:${f.line}${f.reviewRequired ? '  (review by hand)' : ''}`,
    );
  for (const error of result.errors)
    console.log(
      `  parse ${error.tolerable ? 'warning' : 'error'}: ${error.file}: ${error.message}`,
    );
  for (const name of missingReviews)
    console.log(`✗ electron/preload/${name} has no security review comment`);

  const ok = blocking.length === 0 && parseErrors.length === 0 && missingReviews.length === 0;
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(
    reportFile,
    `${JSON.stringify({ electronVersion, excluded, findings, errors: result.errors, missingReviews, ok }, null, 2)}\n`,
  );
  console.log(
    ok
      ? 'Electronegativity: nothing above LOW but the reviewed preloads.'
      : 'Electronegativity: FAILED',
  );
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
