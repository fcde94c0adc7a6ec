import { dustTypes } from '#functions/dust-sites/domain/dust-types';
import { districtName } from '#functions/platform/districts';
import { xlsxExporter } from '../shared/xlsxExporter';

/** The API's fixed dust types (a select, not free text: the rate and the gallery group by them). */
export const dustTypeChoices = dustTypes.map((type) => ({ id: type, name: type }));

export const dustSiteStatusChoices = [
  { id: 'active', name: 'app.dustSite.status.active' },
  { id: 'retired', name: 'app.dustSite.status.retired' },
];

/** The phone page a dust site's code opens: `<console origin>/m/d/<token>` (dustScanUrl on the server). */
export const dustScanUrlOf = (origin: string, token: string) =>
  `${origin.replace(/\/+$/, '')}/m/d/${encodeURIComponent(token)}`;

/** What PUT /api/dust-sites/{id} takes: the editable fields only (the enterprise and the code are not edited). */
export function dustSiteUpdateBody(data: Record<string, unknown>) {
  const { name, location, dustType, contactPhone, status } = data;
  return { name, location, dustType, contactPhone, status: status ?? 'active' };
}

const statusNames: Record<string, string> = { active: '在用', retired: '已停用' };

/** 导出: the list's rows as the list shows them (phones masked), Chinese headers. */
export const dustSiteExporter = xlsxExporter('粉尘场所', [
  { header: '场所名称', value: (r) => r.name },
  { header: '企业', value: (r) => r.enterpriseName },
  { header: '辖市（区）', value: (r) => districtName(String(r.districtId ?? '')) ?? '' },
  {
    header: '镇（街道）',
    value: (r, related) => String(related.towns?.[String(r.townId)]?.name ?? ''),
    related: { field: 'townId', resource: 'towns' },
  },
  { header: '车间/位置', value: (r) => r.location },
  { header: '粉尘种类', value: (r) => r.dustType },
  { header: '清扫联系人手机（脱敏）', value: (r) => r.contactPhone },
  { header: '状态', value: (r) => statusNames[String(r.status)] ?? r.status },
  { header: '最近完成上报', value: (r) => r.lastSatisfiedDay },
]);
