import { useCallback, useEffect, useState } from 'react';
import type { MethodList } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import { useApi } from '../../api/ApiProvider';

export type MethodsData =
  { status: 'loading' } | { status: 'error'; error: AppError } | ({ status: 'ready' } & MethodList);

/** The methods library (shipped and personal), read when a dialog opens and after each change. */
export function useMethods(): [MethodsData, () => Promise<void>] {
  const api = useApi();
  const [data, setData] = useState<MethodsData>({ status: 'loading' });
  const reload = useCallback(async () => {
    const listed = await api.call('methods.list', {});
    setData(
      listed.ok ? { status: 'ready', ...listed.value } : { status: 'error', error: listed.error },
    );
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return [data, reload];
}
