import { enterpriseFlags, enterpriseStatuses, industries } from '#functions/enterprises/domain/kinds';

/** Choices for the enterprise enums. Industries and statuses are Chinese words in the data itself. */
export const industryChoices = industries.map((industry) => ({ id: industry, name: industry }));
export const statusChoices = enterpriseStatuses.map((status) => ({ id: status, name: status }));
export const flagChoices = enterpriseFlags.map((flag) => ({
  id: flag,
  name: `app.enterprise.flags.${flag}`,
}));

export const statusColor = (status: unknown): 'success' | 'warning' | 'default' =>
  status === '正常生产' ? 'success' : status === '停产' ? 'warning' : 'default';
