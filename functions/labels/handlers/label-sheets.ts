import { authenticate } from '#functions/identity/index';
import { labelsManifest } from '#functions/labels/manifest';
import { createLabelSheet, getLabelSheet } from '#functions/labels/store/label-sheets';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok } from '#functions/platform/respond';

/** 常安码标签打印: the sheet task and its link; the PDF itself is made by the label-sheet worker. */
export const handler = httpGroup(
  labelsManifest.routes,
  'labelSheets',
  {
    'POST /api/label-sheets': async ({ body, principal, now }) => {
      const { sheet, audit } = await createLabelSheet(principal, body, now);
      return created(sheet, audit);
    },
    'GET /api/label-sheets/{id}': async ({ params, principal }) =>
      ok(await getLabelSheet(principal, params.id)),
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
