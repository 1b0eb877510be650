/** A few routes over the History API; the host and the Electron protocol serve index.html for each. */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'library' }
  | { name: 'session'; id: string; section: string | null }
  /** `?visio=1`: the window shared in a video call (1280 × 720, no controls). */
  | { name: 'projector'; id: string; isVideoCall: boolean }
  | { name: 'cycle'; id: string }
  | { name: 'settings' }
  | { name: 'notFound' };

export function parseRoute(pathname: string, search = ''): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'library' };
  if (parts[0] === 'session' && parts[1])
    return { name: 'session', id: parts[1], section: parts[2] ?? null };
  if (parts[0] === 'projector' && parts[1])
    return {
      name: 'projector',
      id: parts[1],
      isVideoCall: new URLSearchParams(search).get('visio') === '1',
    };
  if (parts[0] === 'cycle' && parts[1] && parts.length === 2)
    return { name: 'cycle', id: parts[1] };
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  return { name: 'notFound' };
}

export const paths = {
  library: () => '/',
  session: (id: string, section?: string) =>
    `/session/${encodeURIComponent(id)}${section ? `/${section}` : ''}`,
  projector: (id: string, { videoCall = false }: { videoCall?: boolean } = {}) =>
    `/projector/${encodeURIComponent(id)}${videoCall ? '?visio=1' : ''}`,
  cycle: (id: string) => `/cycle/${encodeURIComponent(id)}`,
  settings: () => '/settings',
};

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  notify();
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
