import { Entity, type EntityItem } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A zeroing campaign (百日清零). The city runs a few a year, so every campaign sits in one list partition.
 * Access patterns:
 * - one campaign by id (get)
 * - every campaign, latest start first (gsi1 all)
 */
export const zeroingCampaign = new Entity(
  {
    model: { entity: 'zeroingCampaign', version: '1', service: 'changan' },
    attributes: {
      campaignId: { type: 'string', required: true },
      name: { type: 'string', required: true },
      startDate: { type: 'string', required: true },
      endDate: { type: 'string', required: true },
      createdBy: { type: 'string', required: true },
      createdByName: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['campaignId'] }, sk: { field: 'sk', composite: [] } },
      all: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: [] },
        sk: { field: 'gsi1sk', composite: ['startDate', 'campaignId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type ZeroingCampaignItem = EntityItem<typeof zeroingCampaign>;
