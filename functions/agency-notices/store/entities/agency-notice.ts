import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A special notice (专题通报) grouping agency deductions. `issuerId` is the issuing district, or `city` for a
 * notice of the city bureau. `agencyIds` (the agencies of its deductions) lets an agency user's list filter on
 * the notice itself. Access patterns:
 * - the notice N (get; edits are patches conditional on `version` and on `status = draft`)
 * - an issuer's notices, newest first (gsi1 `byIssuer`: 8 partitions, a few dozen notices a year each)
 * - notices by status in the order they were stamped (gsi2 `byStatus`, sk = publishedAt for published ones):
 *   the published ones of a period are one range Query (statistics, the public page)
 */
export const agencyNotice = new Entity(
  {
    model: { entity: 'agencyNotice', version: '1', service: 'changan' },
    attributes: {
      noticeId: { type: 'string', required: true },
      issuerId: { type: 'string', required: true },
      title: { type: 'string', required: true },
      body: { type: 'string', required: true },
      deductionIds: { type: 'list', items: { type: 'string' }, required: true },
      agencyIds: { type: 'list', items: { type: 'string' }, required: true },
      status: { type: ['draft', 'published'] as const, required: true },
      /** publishedAt once published, else createdAt: the gsi2 sort key. */
      stampedAt: { type: 'string', required: true },
      publishedAt: { type: 'string' },
      publishedBy: { type: 'string' },
      version: { type: 'number', required: true },
      createdBy: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['noticeId'] }, sk: { field: 'sk', composite: [] } },
      byIssuer: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['issuerId'] },
        sk: { field: 'gsi1sk', composite: ['noticeId'] },
      },
      byStatus: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['status'] },
        sk: { field: 'gsi2sk', composite: ['stampedAt', 'noticeId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type AgencyNoticeItem = NonNullable<
  Awaited<ReturnType<ReturnType<typeof agencyNotice.get>['go']>>['data']
>;
