import { Entity } from 'electrodb';
import { checkResults } from '#functions/campaigns/schemas';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One enterprise a campaign was sent to, with its answers once it submits (the authoritative record of who was
 * targeted and who is done; the district counters are its projection). `pending` marks a submission whose
 * hazards and counter are not written yet: a retry finishes them. Access patterns:
 * - the target (campaign C, enterprise E) (get): is E targeted, has it answered
 * - a campaign's targets of district D (gsi1 `byCampaignDistrict`): the console's list, the reminder job
 * - an enterprise's campaigns, newest first (gsi2 `byEnterprise`): the phone's home
 */
export const campaignTarget = new Entity(
  {
    model: { entity: 'selfCheckTarget', version: '1', service: 'changan' },
    attributes: {
      campaignId: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      enterpriseName: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      gridId: { type: 'string' },
      /** The campaign's title and deadline, copied so that the phone's list needs no second read. */
      title: { type: 'string', required: true },
      deadline: { type: 'string', required: true },
      sentAt: { type: 'string', required: true },
      submittedAt: { type: 'string' },
      submittedBy: { type: 'string' },
      submittedByName: { type: 'string' },
      failCount: { type: 'number' },
      answers: {
        type: 'list',
        items: {
          type: 'map',
          properties: {
            itemId: { type: 'string' },
            result: { type: checkResults },
            note: { type: 'string' },
            photoIds: { type: 'list', items: { type: 'string' } },
            hazardId: { type: 'string' },
          },
        },
      },
      pending: { type: 'boolean' },
    },
    indexes: {
      byId: {
        pk: { field: 'pk', composite: ['campaignId', 'enterpriseId'] },
        sk: { field: 'sk', composite: [] },
      },
      byCampaignDistrict: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['campaignId', 'districtId'] },
        sk: { field: 'gsi1sk', composite: ['enterpriseId'] },
      },
      byEnterprise: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['enterpriseId'] },
        sk: { field: 'gsi2sk', composite: ['campaignId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
