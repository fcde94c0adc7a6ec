import { Entity } from 'electrodb';
import { agencyStatuses, agencyTypes } from '#functions/agencies/domain/agency-types';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A 中介机构 (safety assessment, testing, consulting or training firm). Nothing is deleted: status moves between
 * registered, suspended and deregistered. Access patterns:
 * - the agency A (get; edits are puts conditional on the `version` read)
 * - every agency, by name (gsi1 `byCity`: one partition; the city has a few hundred agencies at most)
 * - the agencies registered in district D (gsi2 `byDistrict`)
 */
export const agency = new Entity(
  {
    model: { entity: 'agency', version: '1', service: 'changan' },
    attributes: {
      agencyId: { type: 'string', required: true },
      name: { type: 'string', required: true },
      creditCode: { type: 'string', required: true },
      type: { type: agencyTypes, required: true },
      /** The district it is registered in (登记地). */
      districtId: { type: 'string', required: true },
      /** The districts it works in (its registered district among them). */
      workDistrictIds: { type: 'list', items: { type: 'string' }, required: true },
      certificateNo: { type: 'string', required: true },
      /** YYYY-MM-DD: the qualification certificate is valid through this day. */
      certificateExpiry: { type: 'string', required: true },
      contactName: { type: 'string', required: true },
      contactPhone: { type: 'string', required: true },
      status: { type: agencyStatuses, required: true },
      version: { type: 'number', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['agencyId'] }, sk: { field: 'sk', composite: [] } },
      byCity: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: [], template: 'agencies' },
        sk: { field: 'gsi1sk', composite: ['agencyId'] },
      },
      byDistrict: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['districtId'] },
        sk: { field: 'gsi2sk', composite: ['agencyId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type AgencyItem = NonNullable<Awaited<ReturnType<ReturnType<typeof agency.get>['go']>>['data']>;
