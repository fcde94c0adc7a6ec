import { useQuery } from '@tanstack/react-query';
import { useGetIdentity } from 'react-admin';
import type { Stats } from '#functions/stats/schemas';
import { createApiClient } from '../api/httpClient';
import { rolesOfRoute } from '../auth/access';
import type { ConsoleIdentity } from '../auth/authProvider';

const api = createApiClient();
/** The API re-reads its snapshot on every call; the console asks again every few minutes while it is open. */
const REFETCH_MS = 5 * 60_000;

/**
 * `GET /api/stats` once for every stats widget of the dashboard (one query key), only for the roles the route
 * admits (an enterprise user's dashboard has no counts) and not before a forced password change.
 */
export function useStats() {
  const { identity } = useGetIdentity();
  const account = identity as ConsoleIdentity | undefined;
  // Until a forced password change is done every other route answers 403; the guard is leaving this page anyway.
  const allowed =
    account !== undefined &&
    !account.mustChangePassword &&
    rolesOfRoute('GET /api/stats').includes(account.role);
  const query = useQuery({
    queryKey: ['dashboard', 'stats'],
    queryFn: ({ signal }) => api<Stats>('/stats', { signal }),
    enabled: allowed,
    staleTime: 60_000,
    refetchInterval: REFETCH_MS,
    retry: false,
  });
  return { ...query, allowed };
}
