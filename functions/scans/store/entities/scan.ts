import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * One 扫码自查 record. Its id is derived from the scanning user and the phone's `clientScanId`, so a retried
 * request is one conditional put that finds the first. Lists run newest first on `scannedAt` (server time);
 * the supervisors' lists are sharded by Asia/Shanghai day so a date range is a walk over day partitions that
 * comes out in time order, and no partition takes a whole city's scans for ever. Access patterns:
 * - the scan S (get)
 * - an enterprise's scans, optionally in a time range (gsi1 `byEnterprise`): enterprise users, enterprise filter
 * - a risk point's scans (gsi3 `byRiskPoint`)
 * - a district's scans of day D (gsi2 `byDistrictDay`): district lists; town and grid are filters on it (a
 *   district holds about ten towns); the city's list walks the seven districts of each day in turn
 */
export const scan = new Entity(
  {
    model: { entity: 'scan', version: '1', service: 'changan' },
    attributes: {
      scanId: { type: 'string', required: true },
      clientScanId: { type: 'string', required: true },
      riskPointId: { type: 'string', required: true },
      riskPointName: { type: 'string', required: true },
      level: { type: ['red', 'orange', 'yellow', 'blue'] as const, required: true },
      className: { type: 'string', required: true },
      location: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      enterpriseName: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      gridId: { type: 'string' },
      userId: { type: 'string', required: true },
      userName: { type: 'string', required: true },
      principal: { type: 'boolean', required: true },
      scannedAt: { type: 'string', required: true },
      day: { type: 'string', required: true },
      dueAt: { type: 'string', required: true },
      late: { type: 'boolean', required: true },
      result: { type: ['normal', 'hazard'] as const, required: true },
      answers: { type: 'any', required: true },
      photoIds: { type: 'list', items: { type: 'string' }, required: true },
      hazardId: { type: 'string' },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['scanId'] }, sk: { field: 'sk', composite: [] } },
      byEnterprise: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['enterpriseId'] },
        sk: { field: 'gsi1sk', composite: ['scannedAt', 'scanId'] },
      },
      byDistrictDay: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['districtId', 'day'] },
        sk: { field: 'gsi2sk', composite: ['scannedAt', 'scanId'] },
      },
      byRiskPoint: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['riskPointId'] },
        sk: { field: 'gsi3sk', composite: ['scannedAt', 'scanId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
