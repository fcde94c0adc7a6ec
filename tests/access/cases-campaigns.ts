import type { RouteCase } from './cases';
import type { Ownership, World } from './world';
import { sentCampaign, validAnswers, validCampaign } from './world-campaigns';

const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const createIn: readonly Ownership[] = ['own', 'otherDistrict'];
const none = ['none'] as const;
const districtOf = (o: Ownership | 'none') => (o === 'otherDistrict' ? 'liyang' : 'wujin');

/** A campaign of the ownership sent just for this cell (an answer is once per enterprise and campaign). */
async function freshSent(world: World, ownership: Ownership): Promise<string> {
  const { cityAdmin, districtAdmin } = world.headers;
  if (ownership === 'own') return sentCampaign(world.stack, districtAdmin, { districtId: 'wujin' });
  if (ownership === 'sameDistrict') return sentCampaign(world.stack, cityAdmin, { districtId: 'wujin' });
  return sentCampaign(world.stack, cityAdmin, { districtId: 'liyang' });
}

/**
 * campaigns (自查清单): the managers see the campaigns of their district (the city's to it too) and send those
 * of their own; an enterprise user reads and answers those sent to its enterprise.
 */
export const campaignCases: Record<string, RouteCase> = {
  'GET /api/campaigns': {
    list: 'campaign',
    ownerships: none,
    call: async () => ({ path: '/api/campaigns?limit=100' }),
  },
  'POST /api/campaigns': {
    ownerships: createIn,
    call: async (_w, _a, o) => ({
      path: '/api/campaigns',
      body: validCampaign({ districtId: districtOf(o) }),
    }),
  },
  'GET /api/campaign-targets/count': {
    ownerships: createIn,
    call: async (_w, _a, o) => ({ path: `/api/campaign-targets/count?districtId=${districtOf(o)}` }),
  },
  'GET /api/campaigns/{id}': {
    kind: 'campaign',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/campaigns/${w.campaigns[o as Ownership]}` }),
  },
  'POST /api/campaigns/{id}/send': {
    kind: 'campaign',
    ownerships: scoped,
    // sameDistrict: another 武进区 campaign (the city's to 武进区 is the city's to send)
    call: async (w, _a, o) => {
      const id = o === 'sameDistrict' ? w.ownedSameCampaign : w.campaigns[o as Ownership];
      return { path: `/api/campaigns/${id}/send` };
    },
  },
  'GET /api/campaigns/{id}/targets': {
    kind: 'campaign',
    list: 'campaignTarget',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/campaigns/${w.campaigns[o as Ownership]}/targets?limit=100` }),
  },
  'GET /api/my-campaigns': {
    list: 'campaignTarget',
    ownerships: none,
    call: async () => ({ path: '/api/my-campaigns?limit=100' }),
  },
  'GET /api/campaigns/{id}/mine': {
    kind: 'campaignTargeted',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/campaigns/${w.campaigns[o as Ownership]}/mine` }),
  },
  'POST /api/campaigns/{id}/answers': {
    kind: 'campaignTargeted',
    ownerships: scoped,
    call: async (w, a, o) => {
      const id = a === 'enterpriseUser' ? await freshSent(w, o as Ownership) : w.campaigns[o as Ownership];
      return { path: `/api/campaigns/${id}/answers`, body: validAnswers() };
    },
  },
};
