import { columnHeader, type EnterpriseColumnKey } from '#functions/enterprises/domain/columns';
import type { EnterpriseFilter } from '#functions/enterprises/schemas/enterprises';
import { districtName } from '#functions/platform/districts';

/** Names of the filter's town and grid, looked up by the caller (ids where the record is gone). */
export interface FilterPlaceNames {
  town?: string;
  grid?: string;
}

/**
 * An enterprise filter as a person reads it in the audit log: 辖市（区） 武进区，镇（街道） 湖塘镇，网格 网格外，
 * 行业 机械，状态 停产，标记 涉爆粉尘，名称或信用代码包含“恒达”; 全部 without any filter. Labels follow the console's.
 */
export function enterpriseFilterSummary(filter: EnterpriseFilter, names: FilterPlaceNames = {}): string {
  const { districtId, townId, gridId, industry, status, flag, q } = filter;
  const parts: string[] = [];
  if (districtId) parts.push(`辖市（区） ${districtName(districtId) ?? districtId}`);
  if (townId) parts.push(`镇（街道） ${names.town ?? townId}`);
  if (gridId) parts.push(`网格 ${gridId === 'none' ? '网格外' : (names.grid ?? gridId)}`);
  if (industry) parts.push(`行业 ${industry}`);
  if (status) parts.push(`状态 ${status}`);
  if (flag) parts.push(`标记 ${columnHeader(flag as EnterpriseColumnKey)}`);
  if (q) parts.push(`名称或信用代码包含“${q}”`);
  return parts.length > 0 ? `筛选：${parts.join('，')}` : '全部';
}
