import { useEffect } from 'react';

/** Marks the page ready for tests and screenshots: `<html data-app-state="ready">`. */
export function useAppReady(isReady: boolean): void {
  useEffect(() => {
    document.documentElement.dataset.appState = isReady ? 'ready' : 'loading';
  }, [isReady]);
}
