import { callApi } from '#tests/fixtures/local-stack';
import type { RouteCase } from './cases';
import type { Ownership } from './world';
import { freshDustSite, validDustSite } from './world-dust-sites';

const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const none = ['none'] as const;

/** dust-sites: seen where the enterprise is; changed by managers in scope (a fresh site for each retire/re-issue). */
export const dustSiteCases: Record<string, RouteCase> = {
  'GET /api/dust-sites': {
    list: 'dustSite',
    ownerships: none,
    call: async () => ({ path: '/api/dust-sites?limit=100' }),
  },
  'POST /api/dust-sites': {
    ownerships: ['own', 'otherDistrict'],
    call: async (w, _a, o) => ({
      path: '/api/dust-sites',
      body: validDustSite({ enterpriseId: w.enterprises[o === 'none' ? 'own' : o] }),
    }),
  },
  'GET /api/dust-sites/{id}': {
    kind: 'dustSite',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/dust-sites/${w.dustSites[o as Ownership]}` }),
  },
  'PUT /api/dust-sites/{id}': {
    kind: 'dustSite',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: `/api/dust-sites/${w.dustSites[o as Ownership]}`,
      body: validDustSite(),
    }),
  },
  'DELETE /api/dust-sites/{id}': {
    kind: 'dustSite',
    ownerships: scoped,
    call: async (w, _a, o) => {
      const site = await freshDustSite(w.stack, w.headers.cityAdmin, w.enterprises[o as Ownership]);
      return { path: `/api/dust-sites/${site.id}` };
    },
  },
  'POST /api/dust-sites/{id}/code': {
    kind: 'dustSite',
    ownerships: scoped,
    call: async (w, _a, o) => {
      const site = await freshDustSite(w.stack, w.headers.cityAdmin, w.enterprises[o as Ownership]);
      return { path: `/api/dust-sites/${site.id}/code` };
    },
  },
  'GET /api/dust-site-codes/{token}': {
    kind: 'dustSite',
    ownerships: scoped,
    call: async (w, _a, o) => {
      // the world keeps the sites' ids; the city admin reads each one's current token
      const site = await callApi(w.stack, `/api/dust-sites/${w.dustSites[o as Ownership]}`, {
        headers: w.headers.cityAdmin,
      });
      return { path: `/api/dust-site-codes/${(site.body as { token: string }).token}` };
    },
  },
};
