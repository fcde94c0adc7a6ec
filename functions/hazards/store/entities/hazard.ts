import { Entity, type EntityItem } from 'electrodb';
import { hazardLevels, hazardSources, hazardStatuses } from '#functions/hazards/domain/kinds';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A hazard (隐患) from its finding to its closure, its history on the item. Every list is read on a place index
 * whose sort key is (status, deadline, id): a status filter is a key prefix, "past deadline" a key range in the
 * OPEN part (no filter expression), and without a status a page comes rectified (to review) first, then open,
 * then closed. Access patterns:
 * - one hazard by id (get; every transition is a put conditioned on the version it read)
 * - a district's hazards (gsi1 byDistrict; the city's list walks the 7 districts)
 * - a town's hazards (gsi2 byTown; a grid member's are its town's with a grid filter)
 * - an enterprise's hazards (gsi3 byEnterprise)
 * Level and source are filters on the chosen index.
 */
export const hazard = new Entity(
  {
    model: { entity: 'hazard', version: '1', service: 'changan' },
    attributes: {
      hazardId: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      gridId: { type: 'string' },
      source: { type: hazardSources, required: true },
      level: { type: hazardLevels, required: true },
      majorCategory: { type: 'string' },
      /** A finding's grouping (a patrol form item, a checklist item): what the repeated-findings rule compares. */
      category: { type: 'string' },
      /** What found it, unique within the source (a scan id, `<patrolId>:<n>`…): the hazard id is derived from it. */
      findingRef: { type: 'string' },
      description: { type: 'string', required: true },
      rectificationPlan: { type: 'string' },
      riskPointId: { type: 'string' },
      riskPointName: { type: 'string' },
      scanId: { type: 'string' },
      status: { type: hazardStatuses, required: true },
      deadline: { type: 'string', required: true },
      photoIds: { type: 'list', items: { type: 'string' }, required: true },
      rectification: { type: 'any' },
      rejectReason: { type: 'string' },
      closedAt: { type: 'string' },
      history: { type: 'any', required: true },
      createdBy: { type: 'string', required: true },
      createdByName: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
      /** Raised by every transition: the condition that lets exactly one of two racing reviewers win. */
      version: { type: 'number', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['hazardId'] }, sk: { field: 'sk', composite: [] } },
      byDistrict: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['districtId'] },
        sk: { field: 'gsi1sk', composite: ['status', 'deadline', 'hazardId'] },
      },
      byTown: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['townId'] },
        sk: { field: 'gsi2sk', composite: ['status', 'deadline', 'hazardId'] },
      },
      byEnterprise: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['enterpriseId'] },
        sk: { field: 'gsi3sk', composite: ['status', 'deadline', 'hazardId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type HazardItem = EntityItem<typeof hazard>;
