import type { RouteCase } from './cases';

const none = ['none'] as const;

/**
 * metrics: the overdue snapshot's enterprise rows are listed like enterprises (each role its own scope's, an
 * enterprise user its own row); the trend of towns answers every supervisor of a city, district or town.
 */
export const metricCases: Record<string, RouteCase> = {
  'GET /api/metrics/overdue': {
    list: 'enterprise',
    ownerships: none,
    call: async () => ({ path: '/api/metrics/overdue?level=enterprise&limit=100' }),
  },
  'GET /api/metrics/trend': {
    ownerships: none,
    call: async () => ({ path: '/api/metrics/trend?level=town&days=7' }),
  },
  // period (helper period): the town level is every allowed supervisor's own level or below; an enterprise
  // user gets its own row whatever the level
  'GET /api/metrics/period': {
    ownerships: none,
    call: async () => ({ path: '/api/metrics/period?level=town' }),
  },
};
