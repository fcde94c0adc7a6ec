import type { RouteCase } from './cases';
import type { Ownership } from './world';
import { freshRiskPoint, validRiskClass, validRiskPoint } from './world-risk-points';

const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const only: readonly Ownership[] = ['own'];
const none = ['none'] as const;

/** risk-points: the dictionary is everyone's to read and the city's to edit; points are seen like enterprises. */
export const riskPointCases: Record<string, RouteCase> = {
  'GET /api/risk-classes': {
    list: 'riskClass',
    ownerships: none,
    call: async () => ({ path: '/api/risk-classes?limit=100' }),
  },
  'POST /api/risk-classes': {
    ownerships: none,
    call: async () => ({ path: '/api/risk-classes', body: validRiskClass() }),
  },
  'GET /api/risk-classes/{id}': {
    kind: 'riskClass',
    ownerships: only,
    call: async (w) => ({ path: `/api/risk-classes/${w.riskClass}` }),
  },
  'PUT /api/risk-classes/{id}': {
    kind: 'riskClass',
    ownerships: only,
    call: async (w) => ({ path: `/api/risk-classes/${w.riskClass}`, body: validRiskClass() }),
  },
  'GET /api/risk-points': {
    list: 'riskPoint',
    ownerships: none,
    call: async () => ({ path: '/api/risk-points?limit=100' }),
  },
  'POST /api/risk-points': {
    ownerships: ['own', 'otherDistrict'],
    call: async (w, _a, o) => ({
      path: '/api/risk-points',
      body: validRiskPoint({ enterpriseId: w.enterprises[o === 'none' ? 'own' : o] }),
    }),
  },
  'GET /api/risk-points/{id}': {
    kind: 'riskPoint',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/risk-points/${w.riskPoints[o as Ownership]}` }),
  },
  'PUT /api/risk-points/{id}': {
    kind: 'riskPoint',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: `/api/risk-points/${w.riskPoints[o as Ownership]}`,
      body: validRiskPoint(),
    }),
  },
  'DELETE /api/risk-points/{id}': {
    kind: 'riskPoint',
    ownerships: scoped,
    call: async (w, _a, o) => {
      const point = await freshRiskPoint(w.stack, w.headers.cityAdmin, w.enterprises[o as Ownership]);
      return { path: `/api/risk-points/${point.id}` };
    },
  },
  'POST /api/risk-points/{id}/code': {
    kind: 'riskPoint',
    ownerships: scoped,
    // A fresh point per row: re-issuing the world's point would void the token the code rows open.
    call: async (w, _a, o) => {
      const point = await freshRiskPoint(w.stack, w.headers.cityAdmin, w.enterprises[o as Ownership]);
      return { path: `/api/risk-points/${point.id}/code` };
    },
  },
  'GET /api/risk-point-codes/{token}': {
    kind: 'riskPoint',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/risk-point-codes/${w.riskPointTokens[o as Ownership]}` }),
  },
};
