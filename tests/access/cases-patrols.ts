import type { RouteCase } from './cases';
import { type Ownership, uniqueName } from './world';
import { currentFormOf, formVersionOf } from './world-patrols';

const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const none = ['none'] as const;
const clientId = () => uniqueName('access-patrol-client-').replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * patrols: a patrol is seen where its enterprise is (kind 'patrol'); only a grid member records one, of an
 * enterprise of its own grid (kind 'patrolTarget': another grid's or district's enterprise is 404). The city
 * form is the city's; a district's additions and patrol plan are the city's and that district's (kind
 * 'districtSetting': own and sameDistrict = 武进区, otherDistrict = 溧阳市). The due list is the grid member's
 * own grid's enterprises (rows of kind 'enterprise').
 */
export const patrolCases: Record<string, RouteCase> = {
  'GET /api/patrol-forms/current': {
    ownerships: none,
    call: async () => ({ path: '/api/patrol-forms/current?districtId=wujin' }),
  },
  'GET /api/patrol-forms/city': { ownerships: none, call: async () => ({ path: '/api/patrol-forms/city' }) },
  'PUT /api/patrol-forms/city': {
    ownerships: none,
    call: async (w) => {
      const form = await formVersionOf(w.stack, w.headers.cityAdmin, 'city');
      return { path: '/api/patrol-forms/city', body: { baseVersion: form.version, items: form.items } };
    },
  },
  'GET /api/patrol-forms/districts/{districtId}': {
    kind: 'districtSetting',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/patrol-forms/districts/${w.place[o as Ownership].districtId}` }),
  },
  'PUT /api/patrol-forms/districts/{districtId}': {
    kind: 'districtSetting',
    ownerships: scoped,
    call: async (w, _a, o) => {
      const districtId = w.place[o as Ownership].districtId;
      const form = await formVersionOf(w.stack, w.headers.cityAdmin, districtId);
      return {
        path: `/api/patrol-forms/districts/${districtId}`,
        body: {
          baseVersion: form.version,
          items: [...form.items, { text: uniqueName('消防检查项') }].slice(-5),
        },
      };
    },
  },
  'POST /api/patrols': {
    kind: 'patrolTarget',
    ownerships: scoped,
    call: async (w, _a, o) => {
      const enterpriseId = w.enterprises[o as Ownership];
      const form = await currentFormOf(w.stack, w.headers.cityAdmin, w.place[o as Ownership].districtId);
      return {
        path: '/api/patrols',
        body: {
          clientId: clientId(),
          enterpriseId,
          cityVersion: form.cityVersion,
          districtVersion: form.districtVersion,
          answers: form.items.map(({ itemId }) => ({ itemId, answer: 'pass' })),
          codeChecked: true,
        },
      };
    },
  },
  'GET /api/patrols': {
    list: 'patrol',
    ownerships: none,
    call: async () => ({ path: '/api/patrols?limit=100' }),
  },
  'GET /api/patrols/due': {
    list: 'enterprise',
    ownerships: none,
    call: async () => ({ path: '/api/patrols/due?limit=100' }),
  },
  'GET /api/patrols/{id}': {
    kind: 'patrol',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/patrols/${w.patrols[o as Ownership]}` }),
  },
  'GET /api/patrol-plans': {
    list: 'patrolPlan',
    ownerships: none,
    call: async () => ({ path: '/api/patrol-plans' }),
  },
  'PUT /api/patrol-plans/{districtId}': {
    kind: 'districtSetting',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: `/api/patrol-plans/${w.place[o as Ownership].districtId}`,
      body: { frequencyDays: 30 },
    }),
  },
};
