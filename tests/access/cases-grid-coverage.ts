import type { RouteCase } from './cases';
import type { Ownership } from './world';
import { assignmentBody } from './world-grid-coverage';

const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const none = ['none'] as const;

/**
 * grid-coverage: the coverage and the outside list are the caller's area (lists of outside enterprises, kind
 * 'outsideEnterprise'); a preview, an assignment and its progress are about a town (kind 'town': another
 * district's is 404). Each assignment selects, by its unique name, only an enterprise made for its row.
 */
export const gridCoverageCases: Record<string, RouteCase> = {
  'GET /api/grid-coverage': { ownerships: none, call: async () => ({ path: '/api/grid-coverage' }) },
  'GET /api/grid-coverage/outside': {
    list: 'outsideEnterprise',
    ownerships: none,
    call: async () => ({ path: '/api/grid-coverage/outside?limit=100' }),
  },
  'GET /api/grid-assignments/preview': {
    kind: 'town',
    ownerships: scoped,
    call: async (w, _a, o) => {
      const { townId, gridId } = w.place[o as Ownership];
      return { path: `/api/grid-assignments/preview?townId=${townId}&gridId=${gridId}` };
    },
  },
  'POST /api/grid-assignments': {
    kind: 'town',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: '/api/grid-assignments',
      body: await assignmentBody(w.stack, w.headers.cityAdmin, w.place[o as Ownership]),
    }),
  },
  'GET /api/grid-assignments/{id}': {
    kind: 'town',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/grid-assignments/${w.gridAssignments[o as Ownership]}` }),
  },
};
