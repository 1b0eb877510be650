/**
 * Components read the session through `useSession(selector)` and change it through
 * `useDispatch()`; derived values (planned times, counts) come from selectors, never from
 * effects that copy state.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Session } from '../../shared/model/session';
import type { OperationInput } from '../../shared/session/operations';
import type { SessionController, SessionState } from './sessionController';

const ControllerContext = createContext<SessionController | null>(null);

export function SessionProvider({
  controller,
  children,
}: {
  controller: SessionController;
  children: ReactNode;
}) {
  return <ControllerContext.Provider value={controller}>{children}</ControllerContext.Provider>;
}

export function useSessionController(): SessionController {
  const controller = useContext(ControllerContext);
  if (!controller) throw new Error('useSessionController outside SessionProvider');
  return controller;
}

/**
 * `selector` must return a part of the state (same object while unchanged) or a primitive:
 * a new object on every call would re-render forever. Derive with `useMemo` over such parts.
 */
export function useSessionState<T>(selector: (state: SessionState) => T): T {
  const controller = useSessionController();
  return useSyncExternalStore(controller.subscribe, () => selector(controller.getState()));
}

export function useSession<T>(selector: (session: Session) => T): T {
  return useSessionState((state) => selector(state.session));
}

export function useDispatch(): (op: OperationInput) => void {
  return useSessionController().dispatch;
}
