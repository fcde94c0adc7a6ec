import { useQuery } from '@tanstack/react-query';
import { useGetIdentity } from 'react-admin';
import type { OverdueResponse, TrendResponse } from '#functions/metrics/schemas';
import type { PeriodResponse } from '#functions/metrics/schemas-period';
import { createApiClient } from '../api/httpClient';
import { rolesOfRoute } from '../auth/access';
import type { ConsoleIdentity } from '../auth/authProvider';

const api = createApiClient();
/** The overdue figures change every hour on the hour; the console asks again every few minutes while open. */
const REFETCH_MS = 5 * 60_000;

/** The logged-in account, once it may call `routeKey` (not before a forced password change: 403 until then). */
export function useAllowed(routeKey: string): { account: ConsoleIdentity | undefined; allowed: boolean } {
  const { identity } = useGetIdentity();
  const account = identity as ConsoleIdentity | undefined;
  const allowed =
    account !== undefined && !account.mustChangePassword && rolesOfRoute(routeKey).includes(account.role);
  return { account, allowed };
}

/** `?a=1&b=x` from the defined values, in a stable order (it is also the query key). */
export function queryString(params: Readonly<Record<string, string | number | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** One GET of the metrics API for the dashboard, cached under its path (widgets asking the same share it). */
export function useMetricsGet<T>(routeKey: string, path: string, enabled = true) {
  const { allowed } = useAllowed(routeKey);
  const query = useQuery({
    queryKey: ['dashboard', path],
    queryFn: ({ signal }) => api<T>(path, { signal }),
    enabled: allowed && enabled,
    staleTime: 60_000,
    refetchInterval: REFETCH_MS,
    retry: false,
  });
  return { ...query, allowed };
}

export const useOverdue = (params: Record<string, string | number | undefined>) =>
  useMetricsGet<OverdueResponse>('GET /api/metrics/overdue', `/metrics/overdue${queryString(params)}`);

export const useTrend = (params: Record<string, string | number | undefined>) =>
  useMetricsGet<TrendResponse>('GET /api/metrics/trend', `/metrics/trend${queryString(params)}`);

export const usePeriod = (params: Record<string, string | number | undefined>, enabled = true) =>
  useMetricsGet<PeriodResponse>('GET /api/metrics/period', `/metrics/period${queryString(params)}`, enabled);

/**
 * The period table's request for the caller: the districts for the city, the district's towns for a district
 * admin, the officer's own town otherwise; and the area above them for the total row.
 */
export function periodParams(role: string | undefined, districtId: string | undefined, quarter: string) {
  if (role === 'cityAdmin')
    return { rows: { quarter, level: 'district' }, total: { quarter, level: 'city' } };
  if (role === 'districtAdmin')
    return { rows: { quarter, level: 'town', districtId }, total: { quarter, level: 'district' } };
  return { rows: { quarter, level: 'town' }, total: undefined };
}
