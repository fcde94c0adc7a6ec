/**
 * Patrol forms (巡查表): the city's items and each district's additions, each versioned on its own. A patrol
 * stores the items it was answered against, so editing a form never changes a recorded patrol. Item ids are
 * stable across versions (an edited text keeps its id), new items get the next number: `c13` for the city,
 * `xinbei-11` for 新北区's additions. Pure code: no store here.
 */

export interface FormItem {
  itemId: string;
  text: string;
}

export interface EffectiveItem extends FormItem {
  origin: 'city' | 'district';
}

/** The city form the platform starts with (工贸企业日常安全检查的常见项目); version 1 until the city edits it. */
export const defaultCityItems: readonly string[] = [
  '安全生产责任制、安全管理制度和操作规程已建立并落实',
  '主要负责人、安全管理人员经培训考核合格',
  '特种作业人员持证上岗',
  '风险点已辨识并张贴常安码，按周期扫码自查',
  '隐患排查治理台账完整，已发现隐患按期整改',
  '安全出口、疏散通道畅通，应急照明和疏散指示完好',
  '消防器材配置齐全、在有效期内',
  '电气线路规范敷设，无私拉乱接',
  '设备安全防护装置（防护罩、急停）齐全有效',
  '危险化学品分类存放，标识清晰，有安全技术说明书',
  '有限空间作业审批、检测、监护落实',
  '动火等危险作业审批手续齐全',
  '劳动防护用品按标准配备并正确佩戴',
  '应急预案已编制并定期演练',
];

/** 新北区's ten fire-safety additions (the seed report's example), for the demo data. */
export const xinbeiFireItems: readonly string[] = [
  '消防安全责任人、管理人明确',
  '每日防火巡查记录完整',
  '消防控制室持证值班',
  '自动喷水灭火系统处于正常状态',
  '火灾自动报警系统运行正常',
  '室内消火栓完好、水压正常',
  '防火门常闭、闭门器完好',
  '厂房与仓库内无违规住人',
  '电动自行车未在室内停放充电',
  '易燃可燃物品远离火源、热源存放',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The id prefix of a form's items: `c` for the city, `<districtId>-` for a district's additions. */
export const itemPrefix = (formKey: string) => (formKey === 'city' ? 'c' : `${formKey}-`);

/** Items of a first version: numbered 1.. in order. */
export function numberedItems(formKey: string, texts: readonly string[]): FormItem[] {
  return texts.map((text, index) => ({ itemId: `${itemPrefix(formKey)}${pad(index + 1)}`, text }));
}

/** The largest item number `items` used (0 for none): new items are numbered after it, never reusing one. */
export function lastNumber(formKey: string, items: readonly FormItem[]): number {
  const prefix = itemPrefix(formKey);
  return items.reduce((max, { itemId }) => {
    const n = itemId.startsWith(prefix) ? Number(itemId.slice(prefix.length)) : 0;
    return Number.isFinite(n) && n > max ? n : max;
  }, 0);
}

/**
 * The next version's items from an edit: kept items keep their ids (their text may change), items without an
 * id get fresh numbers after `lastUsed` (the highest number any version used, so a deleted id never returns).
 * An id that is not in the current version is an error the caller reports.
 */
export function editedItems(
  formKey: string,
  current: readonly FormItem[],
  edit: readonly { itemId?: string | undefined; text: string }[],
  lastUsed: number,
): { items: FormItem[]; lastUsed: number; unknownIds: string[] } {
  const known = new Set(current.map(({ itemId }) => itemId));
  const unknownIds = edit.flatMap(({ itemId }) => (itemId && !known.has(itemId) ? [itemId] : []));
  let next = lastUsed;
  const items = edit.map(({ itemId, text }) => {
    if (itemId) return { itemId, text };
    next += 1;
    return { itemId: `${itemPrefix(formKey)}${pad(next)}`, text };
  });
  return { items, lastUsed: next, unknownIds };
}

/** `c3+xinbei2`: the versions a patrol was answered against, short enough for a list column. */
export const formVersionLabel = (cityVersion: number, districtId: string, districtVersion: number) =>
  `c${cityVersion}+${districtId}${districtVersion}`;

/** The form a district's patrols answer: the city's items, then the district's additions. */
export function effectiveItems(city: readonly FormItem[], district: readonly FormItem[]): EffectiveItem[] {
  return [
    ...city.map((item) => ({ ...item, origin: 'city' as const })),
    ...district.map((item) => ({ ...item, origin: 'district' as const })),
  ];
}
