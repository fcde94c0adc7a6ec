import type { LabelPoint, RiskLevel } from '#functions/risk-points/index';

const levels: readonly RiskLevel[] = ['red', 'orange', 'yellow', 'blue'];
const enterprises = [
  '常州市武进区喆盛精密机械有限公司',
  '溧阳市堃泰新材料科技股份有限公司',
  '常州犇腾粉末冶金有限公司',
  '金坛昇珺彧赟纺织印染有限公司（二厂）',
  'ACME 常州 Precision Parts Co., Ltd.',
];
const names = [
  '铝镁粉尘除尘系统',
  '液氨制冷机房',
  '有限空间（污水池）',
  '冲压机 3# 工位',
  '危化品仓库 ≒ 甲类',
];
const places = ['二号车间东侧', '厂区西北角制冷站', '污水处理站 B 区地下一层', '冲压车间', '仓储区甲类库'];

/** A 22-character base64url token made from the index, so every label's URL is distinct and known. */
export const tokenOf = (index: number) =>
  Buffer.from(`label-${String(index).padStart(10, '0')}`)
    .toString('base64url')
    .slice(0, 22)
    .padEnd(22, 'A');

/** `count` hand-written label points cycling through levels, rare name characters and long texts. */
export function labelPoints(count: number, start = 0): LabelPoint[] {
  return Array.from({ length: count }, (_, offset) => {
    const index = start + offset;
    return {
      riskPointId: `01JRISKPOINT${String(index).padStart(14, '0')}`,
      enterpriseId: `01JENTERPRISE${String(index % enterprises.length).padStart(13, '0')}`,
      enterpriseName: enterprises[index % enterprises.length] as string,
      name: `${names[index % names.length]}（${index + 1}）`,
      location: places[index % places.length] as string,
      level: levels[index % levels.length] as RiskLevel,
      token: tokenOf(index),
    };
  });
}
