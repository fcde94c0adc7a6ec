import { enterprisesManifest } from '#functions/enterprises/manifest';
import {
  createExportTask,
  createImportTask,
  getExportTask,
  getImportTask,
} from '#functions/enterprises/store/transfer-tasks';
import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok } from '#functions/platform/respond';

/** 企业导入与导出: tasks and their links; the work itself runs in the S3-event workers. */
export const handler = httpGroup(
  enterprisesManifest.routes,
  'transfers',
  {
    'POST /api/enterprise-imports': async ({ body, principal, now }) => {
      const { task, upload, audit } = await createImportTask(principal, body, now);
      return created({ task, upload }, audit);
    },
    'GET /api/enterprise-imports/{id}': async ({ params, principal }) =>
      ok(await getImportTask(principal, params.id)),
    'POST /api/enterprise-exports': async ({ body, principal, now }) => {
      const { task, audit } = await createExportTask(principal, body.filter, now);
      return created(task, audit);
    },
    'GET /api/enterprise-exports/{id}': async ({ params, principal }) =>
      ok(await getExportTask(principal, params.id)),
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
