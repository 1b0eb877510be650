/**
 * The one typed client of shared/contract.ts. Features call `api.call('session.open', …)` and
 * get a Result; what comes back is parsed, as is every pushed event. The transport (Electron
 * IPC or HTTP) is chosen once, at the edge, in main.tsx.
 */
import {
  contract,
  events,
  type CallInput,
  type CallName,
  type CallOutput,
  type EventName,
  type EventPayload,
} from '../../shared/contract';
import { newId } from '../../shared/model/ids';
import type { z } from 'zod';
import { fail, resultSchema, type Result } from '../../shared/result';
import type { AtelierBridge } from '../../shared/bridge';

export type Transport = AtelierBridge & {
  /**
   * Shows the room's display of a session: Electron's projector window (through the
   * contract), or a browser tab; `videoCall`, the 1280 × 720 one to share in a video call.
   * Resolves to a Result, like a call.
   */
  openProjector: (sessionId: string, options: ProjectorOptions) => Promise<unknown>;
};

export type ProjectorOptions = { videoCall: boolean };

export type Api = {
  /** Identifies this window: it does not re-apply the operations it sent itself. */
  clientId: string;
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>>;
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
  /** Opens the room's display of a session, or brings it forward. */
  openProjector(
    sessionId: string,
    options?: ProjectorOptions,
  ): Promise<Result<Record<string, never>>>;
};

export function createApi(transport: Transport, clientId: string = newId()): Api {
  async function parsedResult<T extends z.ZodType>(
    output: T,
    send: () => Promise<unknown>,
  ): Promise<Result<z.infer<T>>> {
    let raw: unknown;
    try {
      raw = await send();
    } catch (error) {
      return fail('internal', { reason: error instanceof Error ? error.message : String(error) });
    }
    const parsed = resultSchema(output).safeParse(raw);
    if (!parsed.success) return fail('internal', { reason: 'réponse inattendue' });
    return parsed.data as Result<z.infer<T>>;
  }

  return {
    clientId,
    call: (name, input) =>
      parsedResult(contract[name].output, () => transport.invoke(name, input)) as Promise<
        Result<CallOutput<typeof name>>
      >,
    openProjector: (sessionId, options = { videoCall: false }) =>
      parsedResult(contract['projector.open'].output, () =>
        transport.openProjector(sessionId, options),
      ),
    on(name, listener) {
      return transport.on(name, (payload) => {
        const parsed = events[name].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof name>);
      });
    },
  };
}
