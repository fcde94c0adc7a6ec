import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * An agency's 申诉 against one deduction: pending → upheld | revoked (a conditional update, one decider wins).
 * Access patterns:
 * - the appeal A (get)
 * - a deduction's appeals (gsi1 `byDeduction`: the deduction's detail)
 * - an issuing district's appeals by status (gsi2 `byIssuer`: the inbox; the city walks the issuers)
 * - an agency's appeals (gsi3 `byAgency`: the agency user's list and the agency's history)
 */
export const agencyAppeal = new Entity(
  {
    model: { entity: 'agencyAppeal', version: '1', service: 'changan' },
    attributes: {
      appealId: { type: 'string', required: true },
      deductionId: { type: 'string', required: true },
      agencyId: { type: 'string', required: true },
      agencyName: { type: 'string', required: true },
      issuingDistrictId: { type: 'string', required: true },
      statement: { type: 'string', required: true },
      evidenceIds: { type: 'list', items: { type: 'string' }, required: true },
      status: { type: ['pending', 'upheld', 'revoked'] as const, required: true },
      decisionReason: { type: 'string' },
      decidedBy: { type: 'string' },
      decidedAt: { type: 'string' },
      version: { type: 'number', required: true },
      createdBy: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['appealId'] }, sk: { field: 'sk', composite: [] } },
      byDeduction: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['deductionId'] },
        sk: { field: 'gsi1sk', composite: ['appealId'] },
      },
      byIssuer: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['issuingDistrictId', 'status'] },
        sk: { field: 'gsi2sk', composite: ['appealId'] },
      },
      byAgency: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['agencyId'] },
        sk: { field: 'gsi3sk', composite: ['appealId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type AppealItem = NonNullable<Awaited<ReturnType<ReturnType<typeof agencyAppeal.get>['go']>>['data']>;
