import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A district's patrol plan (巡查计划): how many days may pass between two patrols of one of its enterprises.
 * Absent = the default (monthly, 30 days). Access pattern: get by district (7 items in all).
 */
export const patrolPlan = new Entity(
  {
    model: { entity: 'patrolPlan', version: '1', service: 'changan' },
    attributes: {
      districtId: { type: 'string', required: true },
      frequencyDays: { type: 'number', required: true },
      updatedAt: { type: 'string', required: true },
      updatedBy: { type: 'string', required: true },
      updatedByName: { type: 'string', required: true },
    },
    indexes: {
      byDistrict: { pk: { field: 'pk', composite: ['districtId'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);

/**
 * An enterprise's latest patrol day, kept by every patrol write (only moved forward): the due list of a grid
 * batch-gets these for the grid's enterprises instead of querying each enterprise's patrols.
 */
export const patrolMark = new Entity(
  {
    model: { entity: 'patrolMark', version: '1', service: 'changan' },
    attributes: {
      enterpriseId: { type: 'string', required: true },
      lastDay: { type: 'string', required: true },
      lastPatrolId: { type: 'string', required: true },
    },
    indexes: {
      byEnterprise: { pk: { field: 'pk', composite: ['enterpriseId'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);
