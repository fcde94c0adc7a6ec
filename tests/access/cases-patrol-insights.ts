import type { RouteCase } from './cases';

const none = ['none'] as const;

/**
 * patrol-insights: the rates answer every supervisor with its own area's rows (the level below the city is
 * each one's own or above, so the grid level is asked: each sees its own grids); the repeated findings of town
 * A are listed like patrols — a district or city admin names the town, a town officer and grid member have it
 * pinned — and each row sits where its enterprise is.
 */
export const patrolInsightCases: Record<string, RouteCase> = {
  'GET /api/patrol-rates': {
    ownerships: none,
    call: async () => ({ path: '/api/patrol-rates?level=grid' }),
  },
  'GET /api/patrol-repeated-findings': {
    list: 'repeatedFinding',
    ownerships: none,
    call: async (world, actor) => ({
      path:
        actor === 'cityAdmin' || actor === 'districtAdmin'
          ? `/api/patrol-repeated-findings?townId=${world.place.own.townId}`
          : '/api/patrol-repeated-findings',
    }),
  },
};
