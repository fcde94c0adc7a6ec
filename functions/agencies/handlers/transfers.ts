import { agenciesManifest } from '#functions/agencies/manifest';
import {
  createAgencyExport,
  createAgencyImport,
  getAgencyExport,
  getAgencyImport,
} from '#functions/agencies/store/transfer-tasks';
import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok } from '#functions/platform/respond';

/** 中介机构导入与导出: tasks and their links; the work itself runs in the S3-event workers. */
export const handler = httpGroup(
  agenciesManifest.routes,
  'agencyTransfers',
  {
    'POST /api/agency-imports': async ({ body, principal, now }) => {
      const { task, upload, audit } = await createAgencyImport(principal, body, now);
      return created({ task, upload }, audit);
    },
    'GET /api/agency-imports/{id}': async ({ params, principal }) =>
      ok(await getAgencyImport(principal, params.id)),
    'POST /api/agency-exports': async ({ body, principal, now }) => {
      const { task, audit } = await createAgencyExport(principal, body.filter, now);
      return created(task, audit);
    },
    'GET /api/agency-exports/{id}': async ({ params, principal }) =>
      ok(await getAgencyExport(principal, params.id)),
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
