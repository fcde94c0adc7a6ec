import type { RouteCase } from './cases';
import type { Ownership } from './world';
import { dustSiteToken, freshCleaning } from './world-dust-cleanings';

const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const none = ['none'] as const;
const clientId = () => `access-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * dust-cleanings: a cleaning is seen where its site's enterprise is (the same scopes as the site: kind
 * 'dustSite'). Only the enterprise's own user uploads, with its own site's code (another's token is 404); a
 * review is the city's, the district's and the town's, in scope (a fresh cleaning per row, so that each row's
 * rejection is the first); the review queue is theirs, scoped.
 */
export const dustCleaningCases: Record<string, RouteCase> = {
  'POST /api/dust-cleanings': {
    kind: 'dustSite',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: '/api/dust-cleanings',
      body: {
        token: await dustSiteToken(w.stack, w.headers.cityAdmin, w.dustSites[o as Ownership]),
        clientId: clientId(),
        photoIds: [w.dustPhoto],
      },
    }),
  },
  'GET /api/dust-cleanings': {
    list: 'dustCleaning',
    ownerships: none,
    call: async () => ({ path: '/api/dust-cleanings?limit=100' }),
  },
  'GET /api/dust-cleanings/{id}': {
    kind: 'dustSite',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/dust-cleanings/${w.dustCleanings[o as Ownership]}` }),
  },
  'POST /api/dust-cleanings/{id}/review': {
    kind: 'dustSite',
    ownerships: scoped,
    call: async (w, _a, o) => {
      const id = await freshCleaning(w.stack, w.headers.cityAdmin, w.dustSites[o as Ownership]);
      return {
        path: `/api/dust-cleanings/${id}/review`,
        body: { decision: 'reject', reason: '照片模糊，请重新拍摄' },
      };
    },
  },
  'GET /api/dust-reviews': {
    list: 'dustCleaning',
    ownerships: none,
    call: async () => ({ path: '/api/dust-reviews?limit=100' }),
  },
};
