import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A campaign's submitted count for one district, in SHARDS slots (a deadline's rush of answers spreads over
 * them), with the ids it counted. Access pattern: every slot of campaign C (get by pk: one query, at most
 * 7 × SHARDS items).
 */
export const campaignCounter = new Entity(
  {
    model: { entity: 'selfCheckCounter', version: '1', service: 'changan' },
    attributes: {
      campaignId: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      shard: { type: 'number', required: true },
      submitted: { type: 'number', required: true, default: 0 },
      /** The enterprises counted in this slot: the condition that makes a retried count a no-op. */
      counted: { type: 'set', items: 'string' },
    },
    indexes: {
      byCampaign: {
        pk: { field: 'pk', composite: ['campaignId'] },
        sk: { field: 'sk', composite: ['districtId', 'shard'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
