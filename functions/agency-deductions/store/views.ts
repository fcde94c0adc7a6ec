import { appealUntil } from '#functions/agency-deductions/domain/window';
import type { AppealView, DeductionView } from '#functions/agency-deductions/schemas';
import type { AppealItem } from '#functions/agency-deductions/store/entities/appeal';
import type { DeductionItem } from '#functions/agency-deductions/store/entities/deduction';

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

export function deductionView(item: DeductionItem): DeductionView {
  return {
    id: item.deductionId,
    deductionId: item.deductionId,
    agencyId: item.agencyId,
    agencyName: item.agencyName,
    issuingDistrictId: item.issuingDistrictId,
    rule: {
      code: item.ruleCode,
      version: item.ruleVersion,
      description: item.ruleDescription,
      category: item.ruleCategory,
      points: item.rulePoints,
      ...optional('pointsMin', item.rulePointsMin),
      ...optional('pointsMax', item.rulePointsMax),
    },
    points: item.points,
    reason: item.reason,
    date: item.date,
    year: item.year,
    evidenceIds: item.evidenceIds,
    status: item.status,
    ...optional('revokeReason', item.revokeReason),
    ...optional('revokedBy', item.revokedBy),
    ...optional('revokedAt', item.revokedAt),
    ...optional('appealId', item.appealId),
    ...optional('appealStatus', item.appealStatus),
    appealUntil: appealUntil(item.date),
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

export function appealView(item: AppealItem): AppealView {
  return {
    id: item.appealId,
    appealId: item.appealId,
    deductionId: item.deductionId,
    agencyId: item.agencyId,
    agencyName: item.agencyName,
    issuingDistrictId: item.issuingDistrictId,
    statement: item.statement,
    evidenceIds: item.evidenceIds,
    status: item.status,
    ...optional('decisionReason', item.decisionReason),
    ...optional('decidedBy', item.decidedBy),
    ...optional('decidedAt', item.decidedAt),
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

/** The audit's view of a deduction: the API view without derived fields. */
export const deductionAudit = (item: DeductionItem): Record<string, unknown> => {
  const { appealUntil: _until, ...rest } = deductionView(item);
  return rest;
};
