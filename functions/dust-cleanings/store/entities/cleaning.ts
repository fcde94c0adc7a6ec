import { Entity } from 'electrodb';
import { cleaningReviews } from '#functions/dust-cleanings/domain/review';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One 粉尘清扫 upload. Its id is derived from the uploader and the phone's `clientId`, so a retried request is
 * one conditional put that finds the first. `pending` is the crash marker: set on the put, removed once the day
 * record and the site's lastSatisfiedDay are written; a retry that finds it finishes those steps. Access patterns:
 * - the cleaning C (get)
 * - a town's cleanings of day D (gsi1 `byTownDay`): town lists, the spot-check job
 * - a district's cleanings of day D (gsi2 `byDistrictDay`): district and city lists (city walks 7 districts)
 * - an enterprise's cleanings by day (gsi3 `byEnterprise`): enterprise users, the site filter, a day's recompute
 */
export const dustCleaning = new Entity(
  {
    model: { entity: 'dustCleaning', version: '1', service: 'changan' },
    attributes: {
      cleaningId: { type: 'string', required: true },
      clientId: { type: 'string', required: true },
      siteId: { type: 'string', required: true },
      siteName: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      enterpriseName: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      gridId: { type: 'string' },
      day: { type: 'string', required: true },
      uploadedAt: { type: 'string', required: true },
      uploadedBy: { type: 'string', required: true },
      uploadedByName: { type: 'string', required: true },
      photoIds: { type: 'list', items: { type: 'string' }, required: true },
      suspect: { type: 'boolean', required: true },
      suspectReasons: { type: 'list', items: { type: 'string' }, required: true },
      review: { type: cleaningReviews, required: true },
      reviewedBy: { type: 'string' },
      reviewedAt: { type: 'string' },
      reason: { type: 'string' },
      pending: { type: 'boolean' },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['cleaningId'] }, sk: { field: 'sk', composite: [] } },
      byTownDay: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['townId', 'day'] },
        sk: { field: 'gsi1sk', composite: ['uploadedAt', 'cleaningId'] },
      },
      byDistrictDay: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['districtId', 'day'] },
        sk: { field: 'gsi2sk', composite: ['uploadedAt', 'cleaningId'] },
      },
      byEnterprise: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['enterpriseId'] },
        sk: { field: 'gsi3sk', composite: ['day', 'uploadedAt', 'cleaningId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
