import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * A 考评扣分 (deduction) of an agency, with a snapshot of the rule it was given under. Nothing is deleted: a
 * revocation moves status live → revoked (conditional, so exactly one caller wins). Access patterns:
 * - the deduction D (get; batch get by ids)
 * - an agency's deductions of a year, by date (gsi1 `byAgencyYear`: the agency's history and the counter repair)
 * - an issuing district's deductions of a year, by date (gsi2 `byIssuerYear`: the district's list)
 * - every deduction of a month, by date (gsi3 `byMonth`: deductionsBetween and the city's list; ~40 a month)
 */
export const agencyDeduction = new Entity(
  {
    model: { entity: 'agencyDeduction', version: '1', service: 'changan' },
    attributes: {
      deductionId: { type: 'string', required: true },
      agencyId: { type: 'string', required: true },
      agencyName: { type: 'string', required: true },
      /** The district whose admin issued it, or `city` for the city admin. */
      issuingDistrictId: { type: 'string', required: true },
      ruleCode: { type: 'string', required: true },
      ruleVersion: { type: 'number', required: true },
      ruleDescription: { type: 'string', required: true },
      ruleCategory: { type: 'string', required: true },
      rulePoints: { type: 'number', required: true },
      rulePointsMin: { type: 'number' },
      rulePointsMax: { type: 'number' },
      points: { type: 'number', required: true },
      reason: { type: 'string', required: true },
      /** YYYY-MM-DD: the day of the finding; its year is the scoring year. */
      date: { type: 'string', required: true },
      year: { type: 'number', required: true },
      /** YYYY-MM of `date`. */
      month: { type: 'string', required: true },
      evidenceIds: { type: 'list', items: { type: 'string' }, required: true },
      status: { type: ['live', 'revoked'] as const, required: true },
      revokeReason: { type: 'string' },
      revokedBy: { type: 'string' },
      revokedAt: { type: 'string' },
      /** The appeal that revoked it, when one did. */
      revokedByAppealId: { type: 'string' },
      /** Its appeal (one per deduction, claimed conditionally) and the appeal's state. */
      appealId: { type: 'string' },
      appealStatus: { type: ['pending', 'upheld', 'revoked'] as const },
      version: { type: 'number', required: true },
      createdBy: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['deductionId'] }, sk: { field: 'sk', composite: [] } },
      byAgencyYear: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['agencyId', 'year'] },
        sk: { field: 'gsi1sk', composite: ['date', 'deductionId'] },
      },
      byIssuerYear: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['issuingDistrictId', 'year'] },
        sk: { field: 'gsi2sk', composite: ['date', 'deductionId'] },
      },
      byMonth: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['month'] },
        sk: { field: 'gsi3sk', composite: ['date', 'deductionId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type DeductionItem = NonNullable<
  Awaited<ReturnType<ReturnType<typeof agencyDeduction.get>['go']>>['data']
>;
