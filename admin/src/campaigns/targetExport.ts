import { districtName } from '#functions/platform/districts';
import { beijingDateTime } from '../shared/beijingTime';
import { type ExportColumn, xlsxExporter } from '../shared/xlsxExporter';

interface TargetRow {
  id: string;
  enterpriseName?: string;
  districtId?: string;
  townId?: string;
  submittedAt?: string;
  submittedByName?: string;
  failCount?: number;
}

/** The export's columns: one row per enterprise, town names resolved, times in Beijing time (as listed). */
export const targetColumns: readonly ExportColumn<TargetRow>[] = [
  { header: '企业', value: (row) => row.enterpriseName },
  {
    header: '辖市（区）',
    value: (row) => (row.districtId ? (districtName(row.districtId) ?? row.districtId) : ''),
  },
  {
    header: '镇（街道）',
    value: (row, related) => related.towns?.[row.townId ?? '']?.name as string | undefined,
    related: { field: 'townId', resource: 'towns' },
  },
  { header: '是否填报', value: (row) => (row.submittedAt ? '已填报' : '未填报') },
  { header: '填报时间', value: (row) => beijingDateTime(row.submittedAt) },
  { header: '填报人', value: (row) => row.submittedByName ?? '' },
  { header: '不符合项', value: (row) => row.failCount ?? 0 },
];

/** 导出 of the targets list (done, not done or all, as filtered). */
export const targetExporter = xlsxExporter<TargetRow>('自查清单发送企业', targetColumns);
