import type { Patrol } from '#functions/patrols/schemas';
import { districtName } from '#functions/platform/districts';
import { beijingDateTime } from '../shared/beijingTime';
import { xlsxExporter } from '../shared/xlsxExporter';

/** 网格化巡查 as an XLSX of the current filter (Chinese whatever the console's language). */
export const patrolExporter = xlsxExporter<Patrol & { id: string }>('网格化巡查', [
  { header: '巡查时间（北京时间）', value: (r) => beijingDateTime(r.at) },
  { header: '辖市（区）', value: (r) => districtName(r.districtId) ?? '' },
  { header: '企业', value: (r) => r.enterpriseName },
  { header: '网格员', value: (r) => r.patrolledByName },
  { header: '巡查表版本', value: (r) => r.formVersion },
  { header: '不符合项', value: (r) => r.failedItemIds.join('、') },
  { header: '隐患数', value: (r) => r.hazardIds.length },
  { header: '常安码使用检查', value: (r) => (r.codeChecked ? '已检查' : '未检查') },
]);
