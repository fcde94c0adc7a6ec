import { gridCoverageManifest } from '#functions/grid-coverage/manifest';
import {
  createAssignment,
  getAssignment,
  previewAssignment,
} from '#functions/grid-coverage/store/assignments';
import { coverageFor } from '#functions/grid-coverage/store/coverage';
import { listOutsideFor } from '#functions/grid-coverage/store/outside';
import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok } from '#functions/platform/respond';

/**
 * 网格覆盖与网格外: the coverage per district and town (from the job's snapshots), the outside-the-grid list,
 * and the bulk assignment of a town's outside enterprises to one of its grids (preview, then a task whose
 * worker runs on the request object).
 */
export const handler = httpGroup(
  gridCoverageManifest.routes,
  'gridCoverage',
  {
    'GET /api/grid-coverage': async ({ principal }) => ok(await coverageFor(principal)),
    'GET /api/grid-coverage/outside': async ({ principal, query }) =>
      ok(await listOutsideFor(principal, query)),
    'GET /api/grid-assignments/preview': async ({ principal, query }) =>
      ok(await previewAssignment(principal, query)),
    'POST /api/grid-assignments': async ({ principal, body, now }) => {
      const { assignment, audit } = await createAssignment(principal, body, now);
      return created(assignment, audit);
    },
    'GET /api/grid-assignments/{id}': async ({ principal, params }) =>
      ok(await getAssignment(principal, params.id)),
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
