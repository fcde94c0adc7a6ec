import { Entity } from 'electrodb';
import { campaignStatuses } from '#functions/campaigns/schemas';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One 自查清单 campaign. The send's progress lives here too (`sendChunk`, `sendPosition`, `sentByDistrict`):
 * each chunk of targets moves them in one conditional update on `sendChunk`, so a retried or concurrent worker
 * counts a chunk once. Access patterns:
 * - the campaign C (get)
 * - every campaign, newest first (gsi1 `byCity`, one static partition: a city makes a few dozen a year);
 *   a district admin's list filters it to its own and the city's reaching it
 */
export const campaign = new Entity(
  {
    model: { entity: 'selfCheckCampaign', version: '1', service: 'changan' },
    attributes: {
      campaignId: { type: 'string', required: true },
      title: { type: 'string', required: true },
      items: {
        type: 'list',
        required: true,
        items: { type: 'map', properties: { itemId: { type: 'string' }, text: { type: 'string' } } },
      },
      filter: {
        type: 'map',
        required: true,
        properties: {
          districtId: { type: 'string' },
          townId: { type: 'string' },
          industry: { type: 'string' },
          status: { type: 'string' },
          flag: { type: 'string' },
        },
      },
      /** filter.districtId at top level, for the district admin's list filter. */
      targetDistrictId: { type: 'string' },
      deadline: { type: 'string', required: true },
      reminderDays: { type: 'number', required: true },
      status: { type: campaignStatuses, required: true },
      ownerDistrictId: { type: 'string' },
      createdBy: { type: 'string', required: true },
      createdByName: { type: 'string', required: true },
      /** The scope the send reads the targets in: the sender's role and district. */
      senderRole: { type: 'string' },
      senderDistrictId: { type: 'string' },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
      sendStartedAt: { type: 'string' },
      sentAt: { type: 'string' },
      sendChunk: { type: 'number' },
      /** JSON of the enterprises walk's position (partition, cursor); absent once done. */
      sendPosition: { type: 'string' },
      sent: { type: 'number' },
      /** JSON of { districtId: targets recorded }. */
      sentByDistrict: { type: 'string' },
      lastRemindedDay: { type: 'string' },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['campaignId'] }, sk: { field: 'sk', composite: [] } },
      byCity: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: [] },
        sk: { field: 'gsi1sk', composite: ['createdAt', 'campaignId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
