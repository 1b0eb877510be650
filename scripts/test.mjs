// `npm test`: typecheck, lint, unit tests (Vitest), build, the Electron security audit
// (electronegativity, on the build), end-to-end tests (Playwright), then one line
// `N passed, N failed` summing every runner, which `.ci/run` ends with.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const reports = path.resolve('test-results/reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [];
function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function countVitest() {
  try {
    const report = JSON.parse(readFileSync(path.join(reports, 'vitest.json'), 'utf8'));
    return {
      passed: report.numPassedTests,
      failed:
        report.numFailedTests +
        (report.numTotalTestSuites > 0 && !report.success && report.numFailedTests === 0 ? 1 : 0),
    };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

function countPlaywright() {
  try {
    const report = JSON.parse(readFileSync(path.join(reports, 'playwright.json'), 'utf8'));
    const { expected = 0, unexpected = 0, flaky = 0 } = report.stats ?? {};
    return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

const typecheckOk = run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
const lintOk = run('lint', 'npm', ['run', '--silent', 'lint']);
run('unit', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(reports, 'vitest.json')}`,
]);
const buildOk = run('build', 'npm', ['run', '--silent', 'build']);
// Reads the built page for its Content-Security-Policy, so it runs after the build.
const auditOk =
  buildOk && run('electronegativity', 'node', ['scripts/audit/electronegativity.mjs']);
if (buildOk)
  run('e2e', 'npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'playwright.json'),
  });

const unit = countVitest();
const e2e = buildOk ? countPlaywright() : { passed: 0, failed: 1 };
// Typecheck, lint, build and the electronegativity audit count as one check each.
const checks = [typecheckOk, lintOk, buildOk, auditOk];
const passed = unit.passed + e2e.passed + checks.filter(Boolean).length;
const failed = unit.failed + e2e.failed + checks.filter((ok) => !ok).length;

console.log('\n' + steps.map((s) => `${s.ok ? '✓' : '✗'} ${s.name} (${s.seconds} s)`).join('\n'));
console.log(
  `unit: ${unit.passed} passed, ${unit.failed} failed · e2e: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
