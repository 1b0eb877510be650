/**
 * Run by crash.test.ts in a child process that is killed with SIGKILL at random moments:
 * opens the session in argv[2] with the real store and saves operation after operation.
 * The operations are a pure function of their number, so the test can rebuild any saved state.
 */
import { SessionStore } from './sessionStore';
import { crashOperation } from './crashOperations';

async function main(): Promise<void> {
  const folder = process.argv[2]!;
  const start = Number(process.argv[3] ?? '1');
  const store = new SessionStore({
    clock: { now: () => Date.now() },
    instanceId: `crash-${process.pid}`,
    debounceMs: 0,
  });
  const opened = await store.openFolder(folder);
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  process.stdout.write('ready\n');
  for (let k = start; ; k++) {
    store.apply(opened.value.session.id, crashOperation(k));
    await store.flush(opened.value.session.id);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(3);
});
