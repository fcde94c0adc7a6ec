import type { RouteCase } from './cases';
import type { Ownership } from './world';
import { freshRuleCode, validAgencyBody, validRuleBody } from './world-agencies';

const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const none = ['none'] as const;
const districtOf = (ownership: Ownership | 'none') => (ownership === 'otherDistrict' ? 'liyang' : 'wujin');
/** The rule the detail and edit rows read (made by the city admin's create row or here, whichever runs first). */
const RULE = 'M-01';

/** agencies (中介机构) and their rules (考评细则). */
export const agencyCases: Record<string, RouteCase> = {
  'GET /api/agencies': {
    list: 'agency',
    ownerships: none,
    call: async () => ({ path: '/api/agencies?limit=100' }),
  },
  'POST /api/agencies': {
    ownerships: ['own', 'otherDistrict'],
    call: async (_w, _a, o) => ({ path: '/api/agencies', body: validAgencyBody(districtOf(o)) }),
  },
  'GET /api/agencies/{id}': {
    kind: 'agency',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/agencies/${w.agencies[o as Ownership]}` }),
  },
  'PUT /api/agencies/{id}': {
    kind: 'agency',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: `/api/agencies/${w.agencies[o as Ownership]}`,
      body: validAgencyBody(districtOf(o)),
    }),
  },
  'GET /api/agency-rules': {
    list: 'agencyRule',
    ownerships: none,
    call: async () => ({ path: '/api/agency-rules' }),
  },
  'POST /api/agency-rules': {
    ownerships: none,
    call: async () => ({ path: '/api/agency-rules', body: { code: freshRuleCode(), ...validRuleBody() } }),
  },
  'GET /api/agency-rules/{code}': {
    ownerships: none,
    call: async () => {
      await ensureRule();
      return { path: `/api/agency-rules/${RULE}` };
    },
  },
  // import and export tasks (managers): a task is seen by its requester, the city and its district's admin
  'POST /api/agency-imports': {
    ownerships: none,
    call: async () => ({
      path: '/api/agency-imports',
      body: { fileName: 'jigou.xlsx', format: 'xlsx', size: 2048 },
    }),
  },
  'GET /api/agency-imports/{id}': {
    kind: 'importTask',
    ownerships: scoped,
    call: async (w, a, o) => ({ path: `/api/agency-imports/${w.agencyImportTasks[a][o as Ownership]}` }),
  },
  'POST /api/agency-exports': {
    ownerships: none,
    call: async () => ({ path: '/api/agency-exports', body: { filter: { districtId: 'wujin' } } }),
  },
  'GET /api/agency-exports/{id}': {
    kind: 'importTask',
    ownerships: scoped,
    call: async (w, a, o) => ({ path: `/api/agency-exports/${w.agencyExportTasks[a][o as Ownership]}` }),
  },
  'PUT /api/agency-rules/{code}': {
    ownerships: none,
    call: async () => {
      await ensureRule();
      return { path: `/api/agency-rules/${RULE}`, body: validRuleBody() };
    },
  },
};

/** The rule M-01, written straight through the store once (the matrix's stack is the test process's tables). */
let made = false;
async function ensureRule() {
  if (made) return;
  const { currentRule, putRuleForSeed } = await import('#functions/agencies/index');
  if (!(await currentRule(RULE))) {
    const at = new Date().toISOString();
    await putRuleForSeed({
      code: RULE,
      ...validRuleBody(),
      active: true,
      updatedBy: 'seed',
      createdAt: at,
      updatedAt: at,
    });
  }
  made = true;
}
