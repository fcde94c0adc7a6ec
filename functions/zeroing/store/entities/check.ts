import { Entity, type EntityItem } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One recorded check of a listed enterprise at one level (省级 / 市级 / 辖市（区）级) on one day: its id is derived
 * from (campaign, enterprise, level, day), so a retried save writes nothing twice. Access patterns:
 * - a campaign's checks (pk campaign: the board; latest day first for the list)
 * - a campaign's checks in one district (gsi1 campaign + district)
 */
export const zeroingCheck = new Entity(
  {
    model: { entity: 'zeroingCheck', version: '1', service: 'changan' },
    attributes: {
      campaignId: { type: 'string', required: true },
      checkId: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      enterpriseName: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      gridId: { type: 'string' },
      level: { type: ['province', 'city', 'district'] as const, required: true },
      checkedOn: { type: 'string', required: true },
      checkers: { type: 'list', items: { type: 'string' }, required: true },
      /** `{ hazardId, description, zeroed, note }[]`: one per listed hazard. */
      results: { type: 'any', required: true },
      zeroed: { type: 'boolean', required: true },
      photoIds: { type: 'list', items: { type: 'string' }, required: true },
      createdBy: { type: 'string', required: true },
      createdByName: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
    },
    indexes: {
      byCampaign: {
        pk: { field: 'pk', composite: ['campaignId'] },
        sk: { field: 'sk', composite: ['checkedOn', 'checkId'] },
      },
      byDistrict: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['campaignId', 'districtId'] },
        sk: { field: 'gsi1sk', composite: ['checkedOn', 'checkId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type ZeroingCheckItem = EntityItem<typeof zeroingCheck>;
