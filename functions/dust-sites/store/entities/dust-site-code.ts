import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A dust site code token's claim (as risk points' `riskPointCode`): unique tokens (created with
 * attribute_not_exists) and the site of a scanned `/m/d/<token>` in one read. A re-issued site no longer carries
 * the old token, which is what makes the old code stop working even before its claim is deleted.
 */
export const dustSiteCode = new Entity(
  {
    model: { entity: 'dustSiteCode', version: '1', service: 'changan' },
    attributes: {
      token: { type: 'string', required: true },
      siteId: { type: 'string', required: true },
      issuedAt: { type: 'string', required: true },
    },
    indexes: {
      byToken: {
        pk: { field: 'pk', composite: ['token'], casing: 'none' },
        sk: { field: 'sk', composite: [] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
