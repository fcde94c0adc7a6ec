import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

const ruleAttributes = {
  code: { type: 'string', required: true },
  version: { type: 'number', required: true },
  description: { type: 'string', required: true },
  category: { type: 'string', required: true },
  /** Fixed points; 0 when the rule has a range (pointsMin..pointsMax) the deduction chooses within. */
  points: { type: 'number', required: true },
  pointsMin: { type: 'number' },
  pointsMax: { type: 'number' },
  active: { type: 'boolean', required: true },
  updatedBy: { type: 'string', required: true },
  createdAt: { type: 'string', required: true },
  updatedAt: { type: 'string', required: true },
} as const;

/**
 * A 考评细则 rule as it is now (the current pointer: its `version` names the version item it equals). Access:
 * - the rule C (get; a PUT is conditional on the `version` read)
 * - every rule, by code (gsi1 `byCatalogue`: one partition; the standard has a few dozen rules)
 */
export const agencyRule = new Entity(
  {
    model: { entity: 'agencyRule', version: '1', service: 'changan' },
    attributes: ruleAttributes,
    indexes: {
      byCode: {
        pk: { field: 'pk', composite: ['code'], casing: 'none' },
        sk: { field: 'sk', composite: [] },
      },
      byCatalogue: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: [], template: 'agencyrules' },
        sk: { field: 'gsi1sk', composite: ['code'], casing: 'none' },
      },
    },
  },
  { client: documentClient, table: tableName },
);

/**
 * Every version of a rule, immutable once written (a deduction keeps the version it was given under). Access:
 * the version V of rule C (get); every version of C (query on the partition).
 */
export const agencyRuleVersion = new Entity(
  {
    model: { entity: 'agencyRuleVersion', version: '1', service: 'changan' },
    attributes: ruleAttributes,
    indexes: {
      byVersion: {
        pk: { field: 'pk', composite: ['code'], casing: 'none' },
        sk: { field: 'sk', composite: ['version'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

export type AgencyRuleItem = NonNullable<
  Awaited<ReturnType<ReturnType<typeof agencyRule.get>['go']>>['data']
>;
