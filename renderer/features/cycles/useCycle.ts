import { useCallback, useEffect, useState } from 'react';
import type { CycleView } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import { useApi } from '../../api/ApiProvider';

export type CycleData =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; view: CycleView };

/** A cycle's view, read again whenever the library changes (a session prepared, a title). */
export function useCycle(id: string | null): [CycleData, (view: CycleView) => void] {
  const api = useApi();
  const [data, setData] = useState<CycleData>({ status: 'loading' });
  const load = useCallback(async () => {
    if (!id) return;
    const result = await api.call('cycles.get', { id });
    setData(
      result.ok
        ? { status: 'ready', view: result.value }
        : { status: 'error', error: result.error },
    );
  }, [api, id]);
  useEffect(() => {
    void load();
    return api.on('library.changed', () => void load());
  }, [api, load]);
  const replace = useCallback((view: CycleView) => setData({ status: 'ready', view }), []);
  return [data, replace];
}
