import {
  type AgencyRuleItem,
  agencyRule,
  agencyRuleVersion,
} from '#functions/agencies/store/entities/agency-rule';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, NotFoundError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

/** A 考评细则 rule at one version: fixed `points`, or a range `pointsMin..pointsMax` a deduction chooses within. */
export interface AgencyRule {
  code: string;
  version: number;
  description: string;
  category: string;
  points: number;
  pointsMin?: number;
  pointsMax?: number;
  active: boolean;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
}

export type AgencyRuleInput = Pick<AgencyRule, 'description' | 'category' | 'points' | 'active'> & {
  pointsMin?: number | undefined;
  pointsMax?: number | undefined;
};

const ruleOf = (item: AgencyRuleItem): AgencyRule => ({
  code: item.code,
  version: item.version,
  description: item.description,
  category: item.category,
  points: item.points,
  ...(item.pointsMin !== undefined ? { pointsMin: item.pointsMin } : {}),
  ...(item.pointsMax !== undefined ? { pointsMax: item.pointsMax } : {}),
  active: item.active,
  updatedBy: item.updatedBy,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const duplicateCode = (code: string) =>
  new ConflictError('DUPLICATE_RULE_CODE', `细则编号 ${code} 已存在`, {
    fields: [{ path: 'body.code', message: `细则编号 ${code} 已存在`, code: 'duplicate' }],
  });

/** The rule `code` as it is now, or null. */
export async function currentRule(code: string): Promise<AgencyRule | null> {
  const { data } = await agencyRule.get({ code }).go({ consistent: true });
  return data ? ruleOf(data) : null;
}

/**
 * The rule `code` as it was at `version`. The current pointer is written before its version item (see
 * `updateRule`), so a version item missing after a crash between the two is the current one.
 */
export async function ruleVersion(code: string, version: number): Promise<AgencyRule | null> {
  const { data } = await agencyRuleVersion.get({ code, version }).go({ consistent: true });
  if (data) return ruleOf(data);
  const current = await currentRule(code);
  return current?.version === version ? current : null;
}

/** Every version of `code`, newest first. */
export async function ruleVersions(code: string): Promise<AgencyRule[]> {
  const { data } = await agencyRuleVersion.query.byVersion({ code }).go({ pages: 'all' });
  return data.map(ruleOf).sort((a, b) => b.version - a.version);
}

/** The catalogue, by code (one gsi1 partition). */
export async function listRules(): Promise<AgencyRule[]> {
  const { data } = await agencyRule.query.byCatalogue({}).go({ pages: 'all' });
  return data.map(ruleOf).sort((a, b) => a.code.localeCompare(b.code));
}

const auditOf = (action: 'create' | 'update', rule: AgencyRule, before: AgencyRule | null): AuditRecord => ({
  action,
  entity: 'agencyRule',
  entityId: rule.code,
  districtId: null,
  before: before ? { ...before } : null,
  after: { ...rule },
  summary: `${action === 'create' ? '新增' : '修改'}考评细则：${rule.code} ${rule.description}（第 ${rule.version} 版）`,
});

function withoutRange<T extends { pointsMin?: number | undefined; pointsMax?: number | undefined }>(
  input: T,
) {
  const { pointsMin, pointsMax, ...rest } = input;
  return {
    ...rest,
    ...(pointsMin !== undefined ? { pointsMin } : {}),
    ...(pointsMax !== undefined ? { pointsMax } : {}),
  };
}

/** A new rule at version 1: the current item is created only if the code is free, then its version item. */
export async function createRule(
  principal: Principal,
  input: AgencyRuleInput & { code: string },
  at: Date,
): Promise<{ rule: AgencyRule; audit: AuditRecord }> {
  const stamp = at.toISOString();
  const item = {
    ...withoutRange(input),
    version: 1,
    updatedBy: principal.userId,
    createdAt: stamp,
    updatedAt: stamp,
  };
  try {
    await agencyRule.create(item).go();
  } catch (error) {
    if (isConditionFailure(error)) throw duplicateCode(input.code);
    throw error;
  }
  await agencyRuleVersion.put(item).go();
  const rule = ruleOf(item as AgencyRuleItem);
  return { rule, audit: auditOf('create', rule, null) };
}

/**
 * A new version (version + 1) of the rule, if nobody changed it since it was read (else 409): the current
 * pointer moves first (conditional on the version), then the immutable version item is written. No transaction:
 * a crash between leaves only the version item missing, and `ruleVersion` answers it from the pointer.
 */
export async function updateRule(
  principal: Principal,
  code: string,
  input: AgencyRuleInput,
  at: Date,
): Promise<{ rule: AgencyRule; audit: AuditRecord }> {
  const before = await currentRule(code);
  if (!before) throw new NotFoundError('考评细则不存在');
  const expected = before.version;
  const item = {
    ...withoutRange(input),
    code,
    version: expected + 1,
    updatedBy: principal.userId,
    createdAt: before.createdAt,
    updatedAt: at.toISOString(),
  };
  try {
    await agencyRule
      .put(item)
      .where((attr, op) => op.eq(attr.version, expected))
      .go();
  } catch (error) {
    if (isConditionFailure(error))
      throw new ConflictError('AGENCY_RULE_CHANGED', '该细则已被他人修改，请刷新后重试');
    throw error;
  }
  await agencyRuleVersion.put(item).go();
  const rule = ruleOf(item as AgencyRuleItem);
  return { rule, audit: auditOf('update', rule, before) };
}

/** The seed's direct write (no audit, no checks): a rule at version 1, demo data only. */
export async function putRuleForSeed(rule: Omit<AgencyRule, 'version'>): Promise<void> {
  const item = { ...rule, version: 1 };
  await agencyRule.put(item).go();
  await agencyRuleVersion.put(item).go();
}
