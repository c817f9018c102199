// Loading data from the API, again whenever the live stream reports a change in the families a
// view shows (or when its inputs change).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useConsole, type EventFamily } from './context';
import { type ApiClient } from './api/client';

export interface Resource<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => void;
}

export function useResource<T>(
  load: (api: ApiClient) => Promise<T>,
  inputs: readonly unknown[],
  families: readonly EventFamily[],
): Resource<T> {
  const { api, changes } = useConsole();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  // 'resync': the stream reconnected or dropped notices, so everything refetches.
  const changeKey = [...families, 'resync'].map((f) => changes[f] ?? 0).join(',');

  useEffect(() => {
    let current = true;
    setLoading(true);
    loadRef.current(api).then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        setError(err instanceof Error ? err.message : String(err));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
    // `inputs` are the caller's dependencies; `load` is read through a ref so it may be inline.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's list is spread on purpose
  }, [api, changeKey, tick, ...inputs]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
