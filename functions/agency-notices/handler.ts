import { DOCX_TYPE, noticeDocx } from '#functions/agency-notices/docx/notice-docx';
import { agencyNoticesManifest } from '#functions/agency-notices/manifest';
import { listNotices } from '#functions/agency-notices/store/lists';
import {
  createNotice,
  getNotice,
  publishNotice,
  updateNotice,
} from '#functions/agency-notices/store/notices';
import { authenticate } from '#functions/identity/index';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { businessDay } from '#functions/platform/clock';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok, page, written } from '#functions/platform/respond';

/** 专题通报: managers write drafts and publish them (audited); agency users read the published ones naming them. */
export const handler = httpGroup(
  agencyNoticesManifest.routes,
  'agencyNotices',
  {
    'GET /api/agency-notices': async ({ principal, query: { limit, cursor, ...filter } }) => {
      const { data, nextCursor } = await listNotices(principal, filter, { limit, cursor });
      return page(data, nextCursor);
    },
    'POST /api/agency-notices': async ({ principal, body, now }) => {
      const { notice, audit } = await createNotice(principal, body, now);
      return created(notice, audit);
    },
    'GET /api/agency-notices/{id}': async ({ principal, params }) =>
      ok(await getNotice(principal, params.id)),
    'PUT /api/agency-notices/{id}': async ({ principal, params, body, now }) => {
      const { notice, audit } = await updateNotice(principal, params.id, body, now);
      return written(notice, audit);
    },
    'POST /api/agency-notices/{id}/publish': async ({ principal, params, now }) => {
      const { notice, audit } = await publishNotice(principal, params.id, now);
      return written(notice, audit);
    },
    'GET /api/agency-notices/{id}/docx': async ({ principal, params, now }) => {
      const notice = await getNotice(principal, params.id);
      const day = businessDay(notice.publishedAt ? new Date(notice.publishedAt) : now);
      const bytes = await noticeDocx(notice, day);
      const fileName = `${notice.title.replace(/[\\/:*?"<>|\s]+/g, '_')}.docx`;
      return ok({
        fileName,
        contentType: DOCX_TYPE,
        size: bytes.length,
        contentBase64: bytes.toString('base64'),
      });
    },
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
