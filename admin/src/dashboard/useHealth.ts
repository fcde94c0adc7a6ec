import { useCallback, useEffect, useRef, useState } from 'react';
import type { Health } from '#functions/system/schemas';
import { createApiClient } from '../api/httpClient';

const api = createApiClient();

export type HealthState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'loaded'; readonly health: Health };

/** Reads `GET /api/health` on mount and on `check()`; a newer check or an unmount cancels the older request. */
export function useHealth(): HealthState & { check: () => void } {
  const [state, setState] = useState<HealthState>({ kind: 'loading' });
  const current = useRef<AbortController | null>(null);

  const check = useCallback(() => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState({ kind: 'loading' });
    api<Health>('/health', { signal: controller.signal }).then(
      (health) => {
        if (!controller.signal.aborted) setState({ kind: 'loaded', health });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, []);

  useEffect(() => {
    check();
    return () => current.current?.abort();
  }, [check]);

  return { ...state, check };
}
