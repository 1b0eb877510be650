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
import { fail, resultSchema, type Result } from '../../shared/result';
import type { AtelierBridge } from '../../shared/bridge';

export type Transport = AtelierBridge;

export type Api = {
  /** Identifies this window: it does not re-apply the operations it sent itself. */
  clientId: string;
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>>;
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
};

export function createApi(transport: Transport, clientId: string = newId()): Api {
  return {
    clientId,
    async call(name, input) {
      let raw: unknown;
      try {
        raw = await transport.invoke(name, input);
      } catch (error) {
        return fail('internal', { reason: error instanceof Error ? error.message : String(error) });
      }
      const parsed = resultSchema(contract[name].output).safeParse(raw);
      if (!parsed.success) return fail('internal', { reason: 'réponse inattendue' });
      return parsed.data as Result<CallOutput<typeof name>>;
    },
    on(name, listener) {
      return transport.on(name, (payload) => {
        const parsed = events[name].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof name>);
      });
    },
  };
}
