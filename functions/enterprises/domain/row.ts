import type * as z from 'zod';
import {
  columnHeader,
  type EnterpriseCells,
  type EnterpriseColumnKey,
} from '#functions/enterprises/domain/columns';
import { enterpriseFlags } from '#functions/enterprises/domain/kinds';
import { placementCandidate } from '#functions/enterprises/domain/row-placement';
import { type EnterpriseInput, enterpriseInputSchema } from '#functions/enterprises/schemas/enterprises';
import type { ImportRowError } from '#functions/enterprises/schemas/transfers';
import type { OrgDirectory } from '#functions/org/index';

const YES = new Set(['是', '√', '✓', 'Y', 'y', 'YES', 'yes', '1', 'true', 'TRUE']);
const NO = new Set(['', '否', '×', 'N', 'n', 'NO', 'no', '0', 'false', 'FALSE']);

type Problems = Map<EnterpriseColumnKey, string>;

function flagsCandidate(cells: EnterpriseCells, problems: Problems): string[] {
  return enterpriseFlags.filter((flag) => {
    const text = cells[flag] ?? '';
    if (!YES.has(text) && !NO.has(text)) problems.set(flag, '请填写“是”或“否”');
    return YES.has(text);
  });
}

function contactCandidate(name = '', phone = '') {
  return name === '' && phone === '' ? undefined : { name, phone };
}

/** The column a schema issue belongs to, from its path in the create route's body. */
function issueColumn(path: readonly PropertyKey[]): EnterpriseColumnKey {
  const [field, part] = path.map(String);
  if (field === 'principal') return part === 'phone' ? 'principalPhone' : 'principalName';
  if (field === 'safetyContact') return part === 'phone' ? 'safetyContactPhone' : 'safetyContactName';
  if (field === 'districtId') return 'district';
  if (field === 'townId') return 'town';
  if (field === 'gridId') return 'grid';
  if (field === 'flags') return 'dust';
  return (field ?? 'name') as EnterpriseColumnKey;
}

export type RowOutcome = { input: EnterpriseInput } | { errors: ImportRowError[] };

/**
 * One spreadsheet row → the create route's body, validated by the same schema, or its errors (row number as the
 * spreadsheet shows it, column header, Chinese reason). District, town and grid are resolved from their names.
 */
export function enterpriseFromRow(row: number, cells: EnterpriseCells, directory: OrgDirectory): RowOutcome {
  const problems: Problems = new Map();
  const candidate = {
    creditCode: cells.creditCode ?? '',
    name: cells.name ?? '',
    ...placementCandidate(cells, directory, problems),
    industry: cells.industry || undefined,
    status: cells.status || undefined,
    flags: flagsCandidate(cells, problems),
    address: cells.address || undefined,
    principal: { name: cells.principalName ?? '', phone: cells.principalPhone ?? '' },
    safetyContact: contactCandidate(cells.safetyContactName, cells.safetyContactPhone),
  };
  const parsed = enterpriseInputSchema.safeParse(candidate);
  for (const issue of parsed.success ? [] : (parsed.error as z.ZodError).issues) {
    const column = issueColumn(issue.path);
    if (!problems.has(column)) problems.set(column, issue.message);
  }
  if (parsed.success && problems.size === 0) return { input: parsed.data };
  const errors = [...problems].map(([column, reason]) => ({ row, column: columnHeader(column), reason }));
  return { errors };
}
