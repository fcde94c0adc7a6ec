import type { RouteCase } from './cases';

/**
 * dust upload rate (helper ladder): the town level is every allowed supervisor's own level or below, so each
 * of them gets 200 and the others 403. The rows come from the snapshot jobs, which the matrix does not run:
 * the rows' scope is covered by tests/integration/dust-ladder.
 */
export const dustLadderCases: Record<string, RouteCase> = {
  'GET /api/metrics/dust': {
    ownerships: ['none'],
    call: async () => ({ path: '/api/metrics/dust?level=town' }),
  },
};
