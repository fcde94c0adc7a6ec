import type { RouteCase } from './cases';
import type { Ownership } from './world';
import { freshDraft, noticeBody, noticeWorld } from './world-agency-notices';

const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const none = ['none'] as const;
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString();
const quarterQuery = () => {
  const day = today();
  return `year=${day.slice(0, 4)}&quarter=${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
};

/**
 * agency-notices (专题通报): read by managers in their district and by the agency a published notice names;
 * changed by managers of the issuing district (each change on a fresh draft: a published notice answers 409).
 */
export const agencyNoticeCases: Record<string, RouteCase> = {
  'GET /api/agency-notices': {
    list: 'agencyNotice',
    ownerships: none,
    call: async (w) => {
      await noticeWorld(w);
      return { path: '/api/agency-notices?limit=100' };
    },
  },
  'POST /api/agency-notices': {
    ownerships: ['own', 'otherDistrict'],
    call: async (w, _a, o) => {
      const { deductions } = await noticeWorld(w);
      return { path: '/api/agency-notices', body: noticeBody(deductions, o === 'none' ? 'own' : o) };
    },
  },
  'GET /api/agency-notices/{id}': {
    kind: 'agencyNotice',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: `/api/agency-notices/${(await noticeWorld(w)).published[o as Ownership]}`,
    }),
  },
  'PUT /api/agency-notices/{id}': {
    kind: 'agencyNotice',
    ownerships: scoped,
    call: async (w, _a, o) => {
      const { deductions } = await noticeWorld(w);
      const id = await freshDraft(w, deductions, o as Ownership);
      return { path: `/api/agency-notices/${id}`, body: noticeBody(deductions, o as Ownership) };
    },
  },
  'POST /api/agency-notices/{id}/publish': {
    kind: 'agencyNotice',
    ownerships: scoped,
    call: async (w, _a, o) => {
      const { deductions } = await noticeWorld(w);
      return { path: `/api/agency-notices/${await freshDraft(w, deductions, o as Ownership)}/publish` };
    },
  },
  'GET /api/agency-notices/{id}/docx': {
    kind: 'agencyNotice',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: `/api/agency-notices/${(await noticeWorld(w)).published[o as Ownership]}/docx`,
    }),
  },
  'GET /api/public/agencies': { ownerships: none, call: async () => ({ path: '/api/public/agencies' }) },
  'GET /api/agency-stats': {
    ownerships: none,
    call: async () => ({ path: `/api/agency-stats?${quarterQuery()}` }),
  },
};
