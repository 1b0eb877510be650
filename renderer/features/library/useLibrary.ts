import { useCallback, useEffect, useState } from 'react';
import type { CycleSummary, SessionSummary, TemplateSummary } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import { useApi } from '../../api/ApiProvider';

export type LibraryData =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | {
      status: 'ready';
      sessions: SessionSummary[];
      templates: TemplateSummary[];
      cycles: CycleSummary[];
    };

/** The sessions of the library, refreshed whenever the Node side says the library changed. */
export function useLibrary(): [LibraryData, () => Promise<void>] {
  const api = useApi();
  const [data, setData] = useState<LibraryData>({ status: 'loading' });
  const reload = useCallback(async () => {
    const [sessions, templates, cycles] = await Promise.all([
      api.call('library.list', {}),
      api.call('templates.list', {}),
      api.call('cycles.list', {}),
    ]);
    if (!sessions.ok) setData({ status: 'error', error: sessions.error });
    else if (!templates.ok) setData({ status: 'error', error: templates.error });
    else
      setData({
        status: 'ready',
        sessions: sessions.value,
        templates: templates.value,
        // Without its cycles (an older Node side in tests), the library still lists its sessions.
        cycles: cycles.ok ? cycles.value : [],
      });
  }, [api]);
  useEffect(() => {
    void reload();
    return api.on('library.changed', () => void reload());
  }, [api, reload]);
  return [data, reload];
}

/** Every word typed must appear in the title or the place, in any order. */
export function matchesQuery(session: SessionSummary, query: string): boolean {
  const haystack = fold(`${session.title} ${session.place}`);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Case and accents do not matter when searching: « lievin » finds « Liévin ». */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
