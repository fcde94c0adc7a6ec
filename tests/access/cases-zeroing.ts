import type { RouteCase } from './cases';
import type { Ownership } from './world';
import { zeroingCheckBody } from './world-zeroing';

const none = ['none'] as const;

/**
 * zeroing (百日清零): the world's campaign is the city's, read by both managers (a district admin its district's
 * list, checks and board). Writes that would otherwise add rows or hazards replay what the world did already (the
 * same hazard listed, the same file imported), so each answers with one audit entry and nothing else; a check is
 * a fresh day each row, of the target enterprise (another district's is 404 to a district admin).
 */
export const zeroingCases: Record<string, RouteCase> = {
  'GET /api/zeroing-campaigns': {
    list: 'zeroingCampaign',
    ownerships: none,
    call: async () => ({ path: '/api/zeroing-campaigns?limit=100' }),
  },
  'POST /api/zeroing-campaigns': {
    ownerships: none,
    call: async () => ({
      path: '/api/zeroing-campaigns',
      body: { name: '矩阵新建行动', startDate: '2026-03-01' },
    }),
  },
  'GET /api/zeroing-campaigns/{id}': {
    ownerships: none,
    call: async (w) => ({ path: `/api/zeroing-campaigns/${w.zeroing.zeroingCampaign}` }),
  },
  'GET /api/zeroing-campaigns/{id}/entries': {
    list: 'zeroingEntry',
    ownerships: none,
    call: async (w) => ({ path: `/api/zeroing-campaigns/${w.zeroing.zeroingCampaign}/entries?limit=100` }),
  },
  'POST /api/zeroing-campaigns/{id}/entries': {
    ownerships: none,
    call: async (w) => ({
      path: `/api/zeroing-campaigns/${w.zeroing.zeroingCampaign}/entries`,
      body: { hazardIds: [w.zeroing.zeroingHazards.own] },
    }),
  },
  'POST /api/zeroing-campaigns/{id}/imports': {
    ownerships: none,
    call: async (w) => ({
      path: `/api/zeroing-campaigns/${w.zeroing.zeroingCampaign}/imports`,
      body: w.zeroing.zeroingImport,
    }),
  },
  'GET /api/zeroing-campaigns/{id}/checks': {
    list: 'zeroingCheck',
    ownerships: none,
    call: async (w) => ({ path: `/api/zeroing-campaigns/${w.zeroing.zeroingCampaign}/checks?limit=100` }),
  },
  'POST /api/zeroing-campaigns/{id}/checks': {
    ownerships: ['own', 'otherDistrict'],
    call: async (w, _a, o) => {
      const ownership = (o === 'none' ? 'own' : o) as Ownership;
      return {
        path: `/api/zeroing-campaigns/${w.zeroing.zeroingCampaign}/checks`,
        body: zeroingCheckBody(w.enterprises[ownership], w.zeroing.zeroingHazards[ownership]),
      };
    },
  },
  'GET /api/zeroing-campaigns/{id}/board': {
    ownerships: none,
    call: async (w) => ({ path: `/api/zeroing-campaigns/${w.zeroing.zeroingCampaign}/board` }),
  },
};
