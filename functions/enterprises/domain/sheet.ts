import {
  type EnterpriseColumnKey,
  enterpriseColumns,
  enterpriseColumnWidths,
} from '#functions/enterprises/domain/columns';
import { OUTSIDE_GRID } from '#functions/enterprises/domain/row-placement';
import type { Enterprise } from '#functions/enterprises/schemas/enterprises';
import type { OrgDirectory } from '#functions/org/index';
import { districtName } from '#functions/platform/districts';
import type { CellValue } from '#functions/platform/files/xlsx-cells';
import type { SheetLayout } from '#functions/platform/files/xlsx-writer';

const yesNo = (enterprise: Enterprise, flag: string) => (enterprise.flags.includes(flag) ? '是' : '否');

/** One enterprise as a spreadsheet row, in the column order of the import, with names instead of ids. */
export function enterpriseRow(enterprise: Enterprise, directory: OrgDirectory): CellValue[] {
  const values: Record<EnterpriseColumnKey, string> = {
    creditCode: enterprise.creditCode,
    name: enterprise.name,
    district: districtName(enterprise.districtId) ?? enterprise.districtId,
    town: directory.town(enterprise.townId)?.name ?? enterprise.townId,
    grid: enterprise.gridId ? (directory.grid(enterprise.gridId)?.name ?? enterprise.gridId) : OUTSIDE_GRID,
    industry: enterprise.industry,
    status: enterprise.status,
    dust: yesNo(enterprise, 'dust'),
    nonCoalMine: yesNo(enterprise, 'nonCoalMine'),
    listingReserve: yesNo(enterprise, 'listingReserve'),
    address: enterprise.address ?? '',
    principalName: enterprise.principal.name,
    principalPhone: enterprise.principal.phone ?? '',
    safetyContactName: enterprise.safetyContact?.name ?? '',
    safetyContactPhone: enterprise.safetyContact?.phone ?? '',
  };
  return enterpriseColumns.map((column) => values[column.key]);
}

/** The export's one sheet (the import reads the same columns back): its rows follow the header. */
export const enterpriseSheet: SheetLayout = { name: '企业名录', columnWidths: enterpriseColumnWidths };
