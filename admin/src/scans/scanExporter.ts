import { districtName } from '#functions/platform/districts';
import type { Scan } from '#functions/scans/schemas';
import { beijingDateTime } from '../shared/beijingTime';
import { xlsxExporter } from '../shared/xlsxExporter';
import { scansZh } from './i18n.zh';

const { level, result } = scansZh.app.scan;
const yes = (value: unknown) => (value ? '是' : '否');

/** 扫码记录 as an XLSX of the current filter (Chinese whatever the console's language). */
export const scanExporter = xlsxExporter<Scan & { id: string }>('扫码记录', [
  { header: '扫码时间（北京时间）', value: (r) => beijingDateTime(r.scannedAt) },
  { header: '辖市（区）', value: (r) => districtName(r.districtId) ?? '' },
  { header: '企业', value: (r) => r.enterpriseName },
  { header: '风险点', value: (r) => r.riskPointName },
  { header: '风险等级', value: (r) => level[r.level] },
  { header: '扫码人', value: (r) => r.userName },
  { header: '主要负责人', value: (r) => yes(r.principal) },
  { header: '逾期', value: (r) => yes(r.late) },
  { header: '结果', value: (r) => result[r.result] },
]);
