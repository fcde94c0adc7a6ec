import { useSyncExternalStore } from 'react';

/** The phone pages' addresses (all under /m/; the gateway and CloudFront answer each with m/index.html). */
export type MRoute =
  | { readonly name: 'home'; readonly code: string | null }
  | { readonly name: 'scan'; readonly token: string }
  | { readonly name: 'dust'; readonly token: string }
  | { readonly name: 'points' }
  | { readonly name: 'hazards' }
  | { readonly name: 'hazard'; readonly id: string }
  | { readonly name: 'outbox' }
  | { readonly name: 'patrols' }
  | { readonly name: 'patrol'; readonly enterpriseId: string }
  | { readonly name: 'campaign'; readonly id: string }
  | { readonly name: 'missing' };

/** Tokens and ids are URL-safe and short; anything else is a mangled scan. */
const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

export function parseRoute(pathname: string, search: string): MRoute {
  const parts = pathname
    .replace(/^\/m\/?/, '')
    .split('/')
    .filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 0) return { name: 'home', code: new URLSearchParams(search).get('code') };
  if (parts.length === 2 && first === 'r' && second && SEGMENT.test(second))
    return { name: 'scan', token: second };
  if (parts.length === 2 && first === 'd' && second && SEGMENT.test(second))
    return { name: 'dust', token: second };
  if (parts.length === 2 && first === 'h' && second && SEGMENT.test(second))
    return { name: 'hazard', id: second };
  if (parts.length === 1 && first === 'points') return { name: 'points' };
  if (parts.length === 1 && first === 'hazards') return { name: 'hazards' };
  if (parts.length === 1 && first === 'outbox') return { name: 'outbox' };
  if (parts.length === 1 && first === 'p') return { name: 'patrols' };
  if (parts.length === 2 && first === 'c' && second && SEGMENT.test(second))
    return { name: 'campaign', id: second };
  if (parts.length === 2 && first === 'p' && second && SEGMENT.test(second))
    return { name: 'patrol', enterpriseId: second };
  return { name: 'missing' };
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};
const snapshot = () => window.location.pathname + window.location.search;

export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, snapshot);
}

export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}
