import type { RouteCase } from './cases';
import { type Ownership, post } from './world';
import {
  ensureDeductionRule,
  freshAppeal,
  freshDeduction,
  validDeductionBody,
} from './world-agency-deductions';

const scoped: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
const none = ['none'] as const;

/**
 * agency-deductions (考评扣分) and appeals (申诉): a deduction is created against an agency the caller reaches;
 * each row that reads or changes one gets a fresh deduction (or appeal) of the world's agency at its ownership.
 */
export const agencyDeductionCases: Record<string, RouteCase> = {
  'GET /api/agency-deductions': {
    list: 'agencyDeduction',
    ownerships: none,
    call: async () => ({ path: '/api/agency-deductions?limit=100' }),
  },
  'POST /api/agency-deductions': {
    kind: 'agency',
    ownerships: scoped,
    call: async (w, _a, o) => {
      await ensureDeductionRule();
      return { path: '/api/agency-deductions', body: validDeductionBody(w.agencies[o as Ownership]) };
    },
  },
  'POST /api/agency-deductions/evidence-uploads': {
    kind: 'agency',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: '/api/agency-deductions/evidence-uploads',
      body: { agencyId: w.agencies[o as Ownership], contentType: 'application/pdf' },
    }),
  },
  // the status is its uploader's only: each row reads an upload of its own actor (the city's for roles the
  // route refuses anyway)
  'GET /api/agency-deductions/evidence-uploads/{id}': {
    ownerships: none,
    call: async (w, a) => {
      const uploader = ['cityAdmin', 'districtAdmin', 'agencyUser'].includes(a) ? a : 'cityAdmin';
      const ticket = (await post(w.stack, w.headers[uploader], '/api/agency-deductions/evidence-uploads', {
        agencyId: w.agencies.own,
        contentType: 'application/pdf',
      })) as unknown as { photoId: string };
      return { path: `/api/agency-deductions/evidence-uploads/${ticket.photoId}` };
    },
  },
  'GET /api/agency-deductions/{id}': {
    kind: 'agencyDeduction',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/agency-deductions/${await freshDeduction(w, o as Ownership)}` }),
  },
  'POST /api/agency-deductions/{id}/revoke': {
    kind: 'agencyDeduction',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: `/api/agency-deductions/${await freshDeduction(w, o as Ownership)}/revoke`,
      body: { reason: '矩阵：复核撤销' },
    }),
  },
  'POST /api/agency-deductions/{id}/appeal': {
    kind: 'agencyDeduction',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: `/api/agency-deductions/${await freshDeduction(w, o as Ownership)}/appeal`,
      body: { statement: '矩阵：申诉陈述' },
    }),
  },
  'GET /api/agency-appeals': {
    list: 'agencyAppeal',
    ownerships: none,
    call: async () => ({ path: '/api/agency-appeals?limit=100' }),
  },
  'GET /api/agency-appeals/{id}': {
    kind: 'agencyAppeal',
    ownerships: scoped,
    call: async (w, _a, o) => ({ path: `/api/agency-appeals/${await freshAppeal(w, o as Ownership)}` }),
  },
  'POST /api/agency-appeals/{id}/decide': {
    kind: 'agencyAppeal',
    ownerships: scoped,
    call: async (w, _a, o) => ({
      path: `/api/agency-appeals/${await freshAppeal(w, o as Ownership)}/decide`,
      body: { outcome: 'uphold', reason: '矩阵：维持原认定' },
    }),
  },
};
