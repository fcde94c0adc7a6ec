import { agenciesManifest } from '#functions/agencies/manifest';
import { createAgency, getAgencyView, updateAgency } from '#functions/agencies/store/agencies';
import { listAgencies } from '#functions/agencies/store/list';
import {
  createRule,
  currentRule,
  listRules,
  ruleVersions,
  updateRule,
} from '#functions/agencies/store/rules';
import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { NotFoundError } from '#functions/platform/errors';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok, page, written } from '#functions/platform/respond';

const withId = <T extends { code: string }>(rule: T) => ({ ...rule, id: rule.code });

/** 中介机构 and 考评细则: managers write agencies in scope, the city admin the rules; writes are audited. */
export const handler = httpGroup(
  agenciesManifest.routes,
  'agencies',
  {
    'GET /api/agencies': async ({ principal, query: { limit, cursor, ...filter }, now }) => {
      const { data, nextCursor } = await listAgencies(principal, filter, { limit, cursor }, now);
      return page(data, nextCursor);
    },
    'POST /api/agencies': async ({ principal, body, now }) => {
      const { agency, audit } = await createAgency(principal, body, now);
      return created(agency, audit);
    },
    'GET /api/agencies/{id}': async ({ principal, params, now }) =>
      ok(await getAgencyView(principal, params.id, now)),
    'PUT /api/agencies/{id}': async ({ principal, params, body, now }) => {
      const { agency, audit } = await updateAgency(principal, params.id, body, now);
      return written(agency, audit);
    },
    'GET /api/agency-rules': async () => page((await listRules()).map(withId), null),
    'POST /api/agency-rules': async ({ principal, body, now }) => {
      const { rule, audit } = await createRule(principal, { ...body, points: body.points ?? 0 }, now);
      return created(withId(rule), audit);
    },
    'GET /api/agency-rules/{code}': async ({ params }) => {
      const rule = await currentRule(params.code);
      if (!rule) throw new NotFoundError('考评细则不存在');
      return ok({
        ...withId(rule),
        versions: (await ruleVersions(params.code)).map((v) => ({ ...v, id: `${v.code}@${v.version}` })),
      });
    },
    'PUT /api/agency-rules/{code}': async ({ principal, params, body, now }) => {
      const { rule, audit } = await updateRule(
        principal,
        params.code,
        { ...body, points: body.points ?? 0 },
        now,
      );
      return written(withId(rule), audit);
    },
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
