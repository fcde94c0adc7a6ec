import { Entity } from 'electrodb';
import { enterpriseStatuses, industries } from '#functions/enterprises/domain/kinds';
import { documentClient, tableName } from '#functions/platform/dynamo';

const contact = { type: 'map', properties: { name: { type: 'string' }, phone: { type: 'string' } } } as const;

/** The grid index's partition: the grid, or the district's "outside the grid" (网格外) bucket. */
export function gridKeyOf(gridId: string | undefined | null, districtId: string): string {
  return gridId ? `grid-${gridId}` : `outside-${districtId}`;
}

/**
 * An industrial or trade enterprise (工贸企业). Access patterns:
 * - one enterprise by id (get)
 * - a district's enterprises (byDistrict; the city's list walks the 7 districts, so no key holds the whole city)
 * - a town's enterprises (byTown)
 * - a grid's enterprises, or a district's enterprises outside the grid (byGrid on `gridKey`)
 * Industry, status, flags and name are filters on the chosen index. Uniqueness of the credit code is the
 * `creditCodeClaim` item's job.
 */
export const enterprise = new Entity(
  {
    model: { entity: 'enterprise', version: '1', service: 'changan' },
    attributes: {
      id: { type: 'string', required: true },
      creditCode: { type: 'string', required: true },
      name: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      /** Absent = outside the grid. */
      gridId: { type: 'string' },
      gridKey: {
        type: 'string',
        hidden: true,
        watch: ['gridId', 'districtId'],
        set: (_value, item) => gridKeyOf(item.gridId as string | undefined, item.districtId as string),
      },
      industry: { type: industries, required: true },
      status: { type: enterpriseStatuses, required: true },
      flags: { type: 'list', items: { type: 'string' }, required: true },
      address: { type: 'string' },
      principal: { ...contact, required: true },
      safetyContact: contact,
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
      byDistrict: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['districtId'] },
        sk: { field: 'gsi1sk', composite: ['id'] },
      },
      byTown: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['townId'] },
        sk: { field: 'gsi2sk', composite: ['id'] },
      },
      byGrid: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['gridKey'] },
        sk: { field: 'gsi3sk', composite: ['id'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type EnterpriseItem = NonNullable<
  Awaited<ReturnType<ReturnType<typeof enterprise.get>['go']>>['data']
>;
