/**
 * The implementation of `shared/contract.ts`, shared by both transports: Electron's IPC
 * (electron/main/ipc.ts) and the browser build's HTTP host (electron/host). Each feature
 * implements its calls in `handlers/<feature>.ts`; transports only call `callHandler`, which
 * validates the input before any handler runs.
 */
import { contract, isCallName } from '../../../shared/contract';
import { describeIssues } from '../../../shared/model/parseSession';
import { fail, type Result } from '../../../shared/result';
import { findUnsafeKey } from '../../../shared/util/untrustedInput';
import { aboutHandlers } from './about';
import { appHandlers } from './app';
import { archiveHandlers } from './archives';
import { handlerContext } from './context';
import { cycleHandlers } from './cycles';
import { exportHandlers } from './exports';
import { importHandlers } from './imports';
import { libraryHandlers } from './library';
import { logoHandlers } from './logo';
import { mediaHandlers } from './media';
import { methodHandlers } from './methods';
import { projectorHandlers } from './projector';
import { sessionHandlers } from './session';
import type { CallContext, Handlers, Services } from './types';

export type { AppPaths, CallContext, Handlers, Platform, Services } from './types';

export function createHandlers(services: Services): Handlers {
  const ctx = handlerContext(services);
  return {
    ...appHandlers(ctx),
    ...libraryHandlers(ctx),
    ...sessionHandlers(ctx),
    ...exportHandlers(ctx),
    ...archiveHandlers(ctx),
    ...aboutHandlers(ctx),
    ...logoHandlers(ctx),
    ...importHandlers(ctx),
    ...mediaHandlers(ctx),
    ...methodHandlers(ctx),
    ...projectorHandlers(ctx),
    ...cycleHandlers(ctx),
  };
}

/**
 * The one entry point of both transports: unknown name and input in, a Result out.
 * Never throws: a bug in a handler is logged and answered with `internal`.
 */
export async function callHandler(
  handlers: Handlers,
  name: unknown,
  input: unknown,
  context: CallContext,
  log?: (message: string, error?: unknown) => void,
): Promise<Result<unknown>> {
  if (!isCallName(name)) return fail('call.unknown');
  const unsafe = findUnsafeKey(input);
  if (unsafe) return fail('input.invalid', { issues: [`clé refusée : ${unsafe}`] });
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) return fail('input.invalid', { issues: describeIssues(parsed.error, 5) });
  try {
    const handler = handlers[name] as (
      input: unknown,
      context: CallContext,
    ) => Promise<Result<unknown>>;
    return await handler(parsed.data, context);
  } catch (error) {
    log?.(`handler ${name} failed`, error);
    return fail('internal');
  }
}
