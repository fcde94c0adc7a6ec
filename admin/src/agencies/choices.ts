import { agencyStatusLabels, agencyTypeLabels } from '#functions/agencies/domain/agency-types';
import { districtName } from '#functions/platform/districts';
import { xlsxExporter } from '../shared/xlsxExporter';

export const agencyTypeChoices = Object.keys(agencyTypeLabels).map((id) => ({
  id,
  name: `app.agency.type.${id}`,
}));
export const agencyStatusChoices = Object.keys(agencyStatusLabels).map((id) => ({
  id,
  name: `app.agency.status.${id}`,
}));
export const listedChoices = [
  { id: 'true', name: 'app.agency.listed.true' },
  { id: 'false', name: 'app.agency.listed.false' },
];

/** What POST/PUT /api/agencies take: the editable fields only (never the score, the id or the stamps). */
export function agencyBody(data: Record<string, unknown>) {
  const { name, creditCode, type, districtId, workDistrictIds, certificateNo, certificateExpiry } = data;
  const { contactName, contactPhone, status } = data;
  return {
    name,
    creditCode: typeof creditCode === 'string' ? creditCode.replace(/\s+/g, '').toUpperCase() : creditCode,
    type,
    districtId,
    workDistrictIds: Array.isArray(workDistrictIds) ? workDistrictIds : [],
    certificateNo,
    certificateExpiry,
    contactName,
    contactPhone,
    status: status ?? 'registered',
  };
}

const named = (labels: Readonly<Record<string, string>>) => (code: unknown) =>
  labels[String(code)] ?? String(code ?? '');
const districts = (ids: unknown) =>
  Array.isArray(ids) ? ids.map((id) => districtName(String(id)) ?? String(id)).join('、') : '';

/** 导出: the list's rows as the list shows them (phones masked), Chinese headers; a few hundred rows at most. */
export const agencyExporter = xlsxExporter('中介机构', [
  { header: '机构名称', value: (r) => r.name },
  { header: '统一社会信用代码', value: (r) => r.creditCode },
  { header: '机构类型', value: (r) => named(agencyTypeLabels)(r.type) },
  { header: '注册辖市（区）', value: (r) => districtName(String(r.districtId ?? '')) ?? '' },
  { header: '从业区域', value: (r) => districts(r.workDistrictIds) },
  { header: '资质证书编号', value: (r) => r.certificateNo },
  { header: '证书有效期至', value: (r) => r.certificateExpiry },
  { header: '联系人', value: (r) => r.contactName },
  { header: '联系电话（脱敏）', value: (r) => r.contactPhone },
  { header: '状态', value: (r) => named(agencyStatusLabels)(r.status) },
  { header: '本年度得分', value: (r) => r.score },
  { header: '是否公告', value: (r) => (r.listed ? '是' : '否') },
]);
