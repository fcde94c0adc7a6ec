import { httpGroup } from '#functions/lib/http-group';
import { page } from '#functions/lib/respond';
import { listAuditEntries } from '#functions/store/audit-log';

export const handler = httpGroup('audit', {
  'GET /api/audit': async ({ principal, query: { limit, cursor, ...filter } }) => {
    const { data, nextCursor } = await listAuditEntries(principal, filter, { limit, cursor });
    return page(data, nextCursor);
  },
});
