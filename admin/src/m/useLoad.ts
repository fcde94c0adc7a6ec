import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from './api/client';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: ApiError }
  | { readonly state: 'done'; readonly data: T };

/** GET `path` once per path (and again on `reload`), with its loading and error states. */
export function useLoad<T>(path: string): Loaded<T> & { reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the reload trigger, read by no code
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    api<T>(path).then(
      (data) => live && setLoaded({ state: 'done', data }),
      (error: unknown) =>
        live &&
        setLoaded({
          state: 'error',
          error: error instanceof ApiError ? error : new ApiError('页面加载失败，请重试', 0),
        }),
    );
    return () => {
      live = false;
    };
  }, [path, round]);
  return { ...loaded, reload };
}
