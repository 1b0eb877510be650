/**
 * The browser build: calls are POSTs to electron/host, events arrive by Server-Sent Events.
 * The per-launch token comes in the address the host prints (`#token=…`) and is kept for the
 * tab's lifetime in sessionStorage.
 */
import { fail, ok, type Result } from '../../shared/result';
import { paths } from '../router/router';
import type { ProjectorOptions, Transport } from './client';

const TOKEN_KEY = 'atelier.token';

export function readToken(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    window.sessionStorage.setItem(TOKEN_KEY, fromHash);
    // Out of sight, out of the history and of screenshots.
    window.history.replaceState(
      window.history.state,
      '',
      window.location.pathname + window.location.search,
    );
    return fromHash;
  }
  return window.sessionStorage.getItem(TOKEN_KEY);
}

export function httpTransport(token: string, clientId: string): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const registered = new Set<string>();
  let source: EventSource | null = null;

  function ensureSource(name: string): void {
    source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    if (!registered.has(name)) {
      registered.add(name);
      source.addEventListener(name, (event) => {
        const payload: unknown = JSON.parse((event as MessageEvent<string>).data);
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  }

  return {
    async invoke(name, input) {
      const response = await fetch(`/api/call/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Atelier-Token': token,
          'X-Atelier-Client': clientId,
        },
        body: JSON.stringify(input ?? {}),
      });
      if (
        !response.ok &&
        response.headers.get('content-type')?.startsWith('application/json') !== true
      ) {
        throw new Error(`HTTP ${response.status}`);
      }
      return response.json();
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      ensureSource(name);
      return () => set.delete(listener);
    },
    async openProjector(sessionId, options) {
      return openProjectorTab(window, token, sessionId, options);
    },
  };
}

/**
 * The room's display in a tab of its own, named after the session so that opening it again
 * brings the same tab forward. The tab has its own sessionStorage: it gets the token the way
 * the first tab did, in the address's fragment (never sent to the server, removed at once).
 * For a video call, a window of its own instead, 1280 × 720 inside, with `?visio=1`: the page
 * lays the room out on a 1280 × 720 stage, and this window is the one to share in the call.
 */
export function openProjectorTab(
  win: Pick<Window, 'open'>,
  token: string,
  sessionId: string,
  { videoCall }: ProjectorOptions = { videoCall: false },
): Result<Record<string, never>> {
  const address = `${paths.projector(sessionId, { videoCall })}#token=${encodeURIComponent(token)}`;
  const tab = videoCall
    ? win.open(address, `atelier-visio-${sessionId}`, 'popup,width=1280,height=720')
    : win.open(address, `atelier-projector-${sessionId}`);
  if (!tab) return fail('projector.blocked');
  tab.focus();
  return ok({});
}
