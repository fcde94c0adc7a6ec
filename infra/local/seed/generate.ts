import { withCheckChar } from '#functions/enterprises/domain/credit-code';
import { enterpriseFlags, industries } from '#functions/enterprises/domain/kinds';
import type { EnterpriseInput } from '#functions/enterprises/schemas/enterprises';
import { type DistrictId, districts } from '#functions/platform/districts';
import type { Random } from './random';
import { enterpriseShare, outsideGridShare } from './towns';

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌晓东海波玉兰春梅俊峰';
const SYLLABLES = '恒泰鑫源华盛宏达新瑞丰嘉信和安永顺金利博远中天正通宝隆凯德锦程兴旺创联聚合润昌';
const TRADES: Record<(typeof industries)[number], readonly string[]> = {
  冶金: ['钢铁', '金属制品', '铸造', '特钢'],
  有色: ['铝业', '铜材', '有色金属'],
  建材: ['建材', '新型材料', '混凝土', '玻璃制品'],
  机械: ['机械', '精密机械', '传动设备', '五金'],
  轻工: ['塑胶', '包装', '家居', '轻工制品'],
  纺织: ['纺织', '印染', '服饰'],
  烟草: ['烟草物流'],
  商贸: ['商贸', '物资', '仓储'],
};

export interface DemoTown {
  id: string;
  districtId: DistrictId;
  gridIds: readonly string[];
}

const person = (random: Random) =>
  random.pick([...SURNAMES]) + random.pick([...GIVEN]) + (random.next() < 0.5 ? random.pick([...GIVEN]) : '');
const mobile = (random: Random) =>
  `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;

/** A fictional, valid 统一社会信用代码: 9 1 + the district's area code + 9 random characters + check character. */
export function demoCreditCode(random: Random, districtId: DistrictId, taken: Set<string>): string {
  const area = districts.find((district) => district.id === districtId)?.code ?? '320400';
  for (;;) {
    let body = '';
    for (let i = 0; i < 9; i += 1) body += random.pick([...CODE_ALPHABET]);
    const code = withCheckChar(`91${area}${body}`);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** How many of `total` enterprises each district gets, summing exactly to `total`. */
export function enterprisesPerDistrict(total: number): Record<DistrictId, number> {
  const counts = {} as Record<DistrictId, number>;
  let assigned = 0;
  for (const district of districts) {
    counts[district.id] = Math.floor(total * enterpriseShare[district.id]);
    assigned += counts[district.id];
  }
  counts.wujin += total - assigned;
  return counts;
}

/** One generated enterprise in a town; demo names are marked 演示 so that none reads as a real company. */
export function demoEnterprise(random: Random, town: DemoTown, taken: Set<string>): EnterpriseInput {
  const industry = random.pick(industries);
  const name = `演示${random.pick([...SYLLABLES])}${random.pick([...SYLLABLES])}${random.pick(TRADES[industry])}有限公司`;
  const outside = random.next() < outsideGridShare[town.districtId] || town.gridIds.length === 0;
  const flags = enterpriseFlags.filter((flag) => random.next() < (flag === 'dust' ? 0.06 : 0.01));
  return {
    creditCode: demoCreditCode(random, town.districtId, taken),
    name,
    districtId: town.districtId,
    townId: town.id,
    gridId: outside ? null : random.pick(town.gridIds),
    industry,
    status: random.next() < 0.95 ? '正常生产' : random.pick(['停产', '关闭'] as const),
    flags,
    address: `${random.pick([...SYLLABLES])}${random.pick([...SYLLABLES])}路${random.int(1, 999)}号`,
    principal: { name: person(random), phone: mobile(random) },
    safetyContact: { name: person(random), phone: mobile(random) },
  };
}
