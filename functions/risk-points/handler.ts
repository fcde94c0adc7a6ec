import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import type { AuditRecord } from '#functions/platform/audit/record';
import { httpGroup } from '#functions/platform/http/group';
import type { HttpEvent } from '#functions/platform/http/types';
import type { Principal } from '#functions/platform/principal';
import { created, noContent, ok, page, written } from '#functions/platform/respond';
import { riskPointsManifest } from '#functions/risk-points/manifest';
import { createClass, getClass, listClasses, updateClass } from '#functions/risk-points/store/classes';
import { auditEnterpriseWrite } from '#functions/risk-points/store/enterprise-audit';
import { listPoints } from '#functions/risk-points/store/lists';
import {
  createPoint,
  getPoint,
  reissueCode,
  retirePoint,
  updatePoint,
} from '#functions/risk-points/store/points';
import { scannedPoint } from '#functions/risk-points/store/scanned';

interface WriteContext {
  principal: Principal;
  requestId: string;
  now: Date;
  event: HttpEvent;
}

/** Logs an enterprise user's write here (supervisors' go through the audit middleware), then answers it. */
async function logged<T>(
  input: WriteContext,
  result: T & { audit: AuditRecord },
): Promise<T & { audit: AuditRecord }> {
  const meta = { requestId: input.requestId, routeKey: input.event.routeKey, at: input.now };
  await auditEnterpriseWrite(input.principal, result.audit, meta);
  return result;
}

/** 风险辞典与风险点: the dictionary, the points with their codes, and what a scanned code opens. */
export const handler = httpGroup(
  riskPointsManifest.routes,
  'riskPoints',
  {
    'GET /api/risk-classes': async ({ query: { limit, cursor, ...filter }, now }) => {
      const { data, nextCursor } = await listClasses(filter, { limit, cursor }, now);
      return page(data, nextCursor);
    },
    'POST /api/risk-classes': async ({ body, now }) => {
      const { riskClass, audit } = await createClass(body, now);
      return created(riskClass, audit);
    },
    'GET /api/risk-classes/{id}': async ({ params, now }) => ok(await getClass(params.id, now)),
    'PUT /api/risk-classes/{id}': async ({ params, body, now }) => {
      const { riskClass, audit } = await updateClass(params.id, body, now);
      return written(riskClass, audit);
    },
    'GET /api/risk-points': async ({ principal, query: { limit, cursor, ...filter }, now }) => {
      const { data, nextCursor } = await listPoints(principal, filter, { limit, cursor }, now);
      return page(data, nextCursor);
    },
    'POST /api/risk-points': async (input) => {
      const { riskPoint, audit } = await logged(
        input,
        await createPoint(input.principal, input.body, input.now),
      );
      return created(riskPoint, audit);
    },
    'GET /api/risk-points/{id}': async ({ principal, params, now }) =>
      ok(await getPoint(principal, params.id, now)),
    'PUT /api/risk-points/{id}': async (input) => {
      const result = await updatePoint(input.principal, input.params.id, input.body, input.now);
      const { riskPoint, audit } = await logged(input, result);
      return written(riskPoint, audit);
    },
    'DELETE /api/risk-points/{id}': async (input) => {
      const { audit } = await logged(input, await retirePoint(input.principal, input.params.id, input.now));
      return noContent(audit);
    },
    'POST /api/risk-points/{id}/code': async (input) => {
      const { riskPoint, audit } = await logged(
        input,
        await reissueCode(input.principal, input.params.id, input.now),
      );
      return written(riskPoint, audit);
    },
    'GET /api/risk-point-codes/{token}': async ({ principal, params, now }) =>
      ok(await scannedPoint(principal, params.token, now)),
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
