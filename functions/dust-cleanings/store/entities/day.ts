import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A site's day (Asia/Shanghai): the ids of its not-rejected cleanings, each counted once (an upload appends on
 * the condition that its id is not there yet, so a retry or a concurrent twin cannot count twice). `version`
 * guards the recompute after a reject against an upload landing in between. Access pattern: a site's days in a
 * range (pk site, sk day).
 */
export const dustDay = new Entity(
  {
    model: { entity: 'dustDay', version: '1', service: 'changan' },
    attributes: {
      siteId: { type: 'string', required: true },
      day: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      cleaningIds: { type: 'list', items: { type: 'string' }, required: true },
      count: { type: 'number', required: true },
      version: { type: 'number', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      bySite: { pk: { field: 'pk', composite: ['siteId'] }, sk: { field: 'sk', composite: ['day'] } },
    },
  },
  { client: documentClient, table: tableName },
);
