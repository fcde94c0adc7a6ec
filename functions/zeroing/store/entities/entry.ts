import { Entity, type EntityItem } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A listed enterprise of a zeroing campaign and the hazards listed for it (their id, description and level as
 * listed; their status is the hazard's own, read when shown). Access patterns:
 * - one enterprise's entry in a campaign (get: a check reads what it must give results for)
 * - a campaign's whole list (pk campaign: the board; bounded by the list's cap)
 * - a campaign's list in one district (gsi1 campaign + district: a district admin's page and board)
 */
export const zeroingEntry = new Entity(
  {
    model: { entity: 'zeroingEntry', version: '1', service: 'changan' },
    attributes: {
      campaignId: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      enterpriseName: { type: 'string', required: true },
      creditCode: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      gridId: { type: 'string' },
      /** `{ hazardId, description, level }[]`, in the order listed. */
      hazards: { type: 'any', required: true },
      addedAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
      /** Raised by each change, so that two lists merged at once cannot drop each other's hazards. */
      version: { type: 'number', required: true },
    },
    indexes: {
      byCampaign: {
        pk: { field: 'pk', composite: ['campaignId'] },
        sk: { field: 'sk', composite: ['enterpriseId'] },
      },
      byDistrict: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['campaignId', 'districtId'] },
        sk: { field: 'gsi1sk', composite: ['enterpriseId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type ZeroingEntryItem = EntityItem<typeof zeroingEntry>;
export interface ListedHazard {
  hazardId: string;
  description: string;
  level: 'general' | 'major';
}
