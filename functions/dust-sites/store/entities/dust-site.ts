import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A key dust site (重点粉尘场所) of a 涉爆粉尘 enterprise. Every list reads a key condition, sorted by siteId
 * (time-ordered ids: oldest first). Access patterns:
 * - the site S (get; edits are puts conditional on the `version` read)
 * - an enterprise's sites by status (gsi1 `byEnterprise`)
 * - a town's sites by status (gsi2 `byTown`; a grid member's list filters it by grid)
 * - a district's sites by status (gsi3 `byDistrict`; the city's list and the ladder walk the 7 districts: 7
 *   shards of ~260 active sites each at 1,830)
 * `lastSatisfiedDay` is kept by the dust-cleanings capability (setLastSatisfiedDay), never by an edit.
 */
export const dustSite = new Entity(
  {
    model: { entity: 'dustSite', version: '1', service: 'changan' },
    attributes: {
      siteId: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      enterpriseName: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      gridId: { type: 'string' },
      name: { type: 'string', required: true },
      location: { type: 'string', required: true },
      dustType: { type: 'string', required: true },
      contactPhone: { type: 'string', required: true },
      status: { type: ['active', 'retired'] as const, required: true },
      token: { type: 'string', required: true },
      codeIssuedAt: { type: 'string', required: true },
      lastSatisfiedDay: { type: 'string' },
      version: { type: 'number', required: true },
      createdBy: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['siteId'] }, sk: { field: 'sk', composite: [] } },
      byEnterprise: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['enterpriseId', 'status'] },
        sk: { field: 'gsi1sk', composite: ['siteId'] },
      },
      byTown: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['townId', 'status'] },
        sk: { field: 'gsi2sk', composite: ['siteId'] },
      },
      byDistrict: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['districtId', 'status'] },
        sk: { field: 'gsi3sk', composite: ['siteId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type DustSiteItem = NonNullable<Awaited<ReturnType<ReturnType<typeof dustSite.get>['go']>>['data']>;
