import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';
import { riskLevels } from '#functions/risk-points/domain/types';

/**
 * A risk point (风险点) of an enterprise. Every list index sorts by `nextDueAt`, so "overdue" is a key
 * condition (`nextDueAt < now`), never a filter, and the most urgent points come first. Access patterns:
 * - the point P (get; every write is a put conditional on the `version` read, so that a scan's forward move
 *   and an edit never overwrite each other)
 * - an enterprise's points by status (gsi1 `byEnterprise`; level and class are filters: ~14 points each)
 * - a town's points by status and level (gsi2 `byTown`; a grid member's list filters it by grid)
 * - a district's points by status and level (gsi3 `byDistrict`; the city's list walks the 7 districts)
 */
export const riskPoint = new Entity(
  {
    model: { entity: 'riskPoint', version: '1', service: 'changan' },
    attributes: {
      riskPointId: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      enterpriseName: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      gridId: { type: 'string' },
      classId: { type: 'string', required: true },
      className: { type: 'string', required: true },
      name: { type: 'string', required: true },
      location: { type: 'string', required: true },
      level: { type: riskLevels, required: true },
      cycleDays: { type: 'number', required: true },
      controls: { type: 'list', items: { type: 'string' }, required: true },
      responsible: {
        type: 'map',
        required: true,
        properties: { name: { type: 'string', required: true }, phone: { type: 'string' } },
      },
      status: { type: ['active', 'retired'] as const, required: true },
      lastScanAt: { type: 'string' },
      nextDueAt: { type: 'string', required: true },
      token: { type: 'string', required: true },
      codeIssuedAt: { type: 'string', required: true },
      version: { type: 'number', required: true },
      createdBy: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['riskPointId'] }, sk: { field: 'sk', composite: [] } },
      byEnterprise: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['enterpriseId', 'status'] },
        sk: { field: 'gsi1sk', composite: ['nextDueAt', 'riskPointId'] },
      },
      byTown: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['townId', 'status', 'level'] },
        sk: { field: 'gsi2sk', composite: ['nextDueAt', 'riskPointId'] },
      },
      byDistrict: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['districtId', 'status', 'level'] },
        sk: { field: 'gsi3sk', composite: ['nextDueAt', 'riskPointId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
