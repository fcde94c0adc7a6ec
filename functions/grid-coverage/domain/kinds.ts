/**
 * The enterprises' industries and statuses, as this capability's schemas name them. A copy, not an import: the
 * manifest loads the schemas, and the enterprises' index would load their store (and its DynamoDB client) with
 * them. tests/unit/grid-coverage/grid-coverage-domain.test.ts keeps the copy equal to `enterprises/domain/kinds.ts`.
 */
export const industries = ['冶金', '有色', '建材', '机械', '轻工', '纺织', '烟草', '商贸'] as const;
export const enterpriseStatuses = ['正常生产', '停产', '关闭'] as const;
