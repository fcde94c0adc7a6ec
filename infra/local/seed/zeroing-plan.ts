import { createHash } from 'node:crypto';
import type { HistoryEntry } from '#functions/hazards/domain/transitions';
import type { HazardItem } from '#functions/hazards/store/entities/hazard';
import { addDays } from '#functions/platform/clock';
import type { SeedCampaign } from '#functions/zeroing/index';

/** An enterprise the demo's campaign lists. */
export interface ZeroingCandidate {
  id: string;
  name: string;
  creditCode: string;
  districtId: string;
  townId: string;
  gridId?: string | undefined;
}

/** The seed report's campaign: 107 enterprises checked, 10 not zeroed (省级 4, 市级 1, the rest the districts'). */
const REPORT_ZEROING = { enterprises: 107, province: 4, city: 1, district: 5 } as const;
const MIN_ENTERPRISES = 21;

/** The demo's size: the report's at the report's scale, in proportion below it, never under 3 per district. */
export function zeroingSize(cityEnterprises: number, reportEnterprises: number) {
  const share = Math.min(1, cityEnterprises / reportEnterprises);
  const enterprises = Math.max(MIN_ENTERPRISES, Math.round(REPORT_ZEROING.enterprises * share));
  const scaled = (n: number) => Math.max(1, Math.round((n * enterprises) / REPORT_ZEROING.enterprises));
  return {
    enterprises,
    province: scaled(REPORT_ZEROING.province),
    city: scaled(REPORT_ZEROING.city),
    district: scaled(REPORT_ZEROING.district),
  };
}

const idOf = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 26);
const descriptions = [
  '粉尘涉爆除尘系统未按规定设置泄爆装置',
  '有限空间作业未执行作业审批制度',
  '煤气区域未设置固定式一氧化碳报警仪',
  '熔融金属吊运未使用冶金起重机',
  '涉氨制冷系统液氨储罐区未设置泄漏报警装置',
];

/** A major hazard of the list, CLOSED at `closedOn` (the report: every one closed since). */
function closedHazard(
  enterprise: ZeroingCandidate,
  n: number,
  createdOn: string,
  closedOn: string,
): HazardItem {
  const step = (
    at: string,
    action: HistoryEntry['action'],
    from: HistoryEntry['from'],
    to: HistoryEntry['to'],
    note: string,
  ) => ({
    at,
    action,
    from,
    to,
    by: 'seed',
    byName: '演示数据',
    role: action === 'rectify' ? ('enterpriseUser' as const) : ('cityAdmin' as const),
    note,
  });
  const created = `${createdOn}T02:00:00.000Z`;
  const closed = `${closedOn}T08:00:00.000Z`;
  const description = descriptions[n % descriptions.length] as string;
  return {
    hazardId: idOf('zeroing-seed-hazard', enterprise.id),
    enterpriseId: enterprise.id,
    districtId: enterprise.districtId,
    townId: enterprise.townId,
    ...(enterprise.gridId ? { gridId: enterprise.gridId } : {}),
    source: 'zeroing',
    level: 'major',
    findingRef: `seed:${enterprise.id}`,
    description,
    status: 'CLOSED',
    deadline: `${addDays(createdOn, 30)}T15:59:59.999Z`,
    photoIds: [],
    closedAt: closed,
    history: [
      step(created, 'create', null, 'OPEN', description),
      step(`${closedOn}T01:00:00.000Z`, 'rectify', 'OPEN', 'RECTIFIED', '已完成整改'),
      step(closed, 'close', 'RECTIFIED', 'CLOSED', '现场核查整改到位'),
    ],
    createdBy: 'seed',
    createdByName: '演示数据',
    createdAt: created,
    updatedAt: closed,
    version: 3,
  };
}

/**
 * The demo's campaign, ended `endsDaysAgo` days before `today`: every listed enterprise checked by its district;
 * the first few found not zeroed by the province, the next by the city, the next by their district; each not-zeroed
 * hazard closed a few weeks after its check, the others before theirs. Deterministic ids: a rerun rewrites the same.
 */
export function planZeroing(
  enterprises: readonly ZeroingCandidate[],
  size: ReturnType<typeof zeroingSize>,
  today: string,
) {
  const startDate = addDays(today, -130);
  const at = `${startDate}T01:00:00.000Z`;
  const campaignId = idOf('zeroing-seed-campaign', startDate);
  const hazards: HazardItem[] = [];
  const seed: SeedCampaign = {
    campaign: {
      campaignId,
      name: '工贸行业重大事故隐患百日清零行动',
      startDate,
      endDate: addDays(startDate, 100),
      createdBy: 'seed',
      createdByName: '演示数据',
      createdAt: at,
      updatedAt: at,
    },
    entries: [],
    checks: [],
  };
  const limits = {
    province: size.province,
    city: size.province + size.city,
    district: size.province + size.city + size.district,
  };
  enterprises.forEach((enterprise, n) => {
    const checkedOn = addDays(startDate, 40 + (n % 40));
    const failing =
      n < limits.province ? 'province' : n < limits.city ? 'city' : n < limits.district ? 'district' : null;
    const hazard = closedHazard(
      enterprise,
      n,
      addDays(startDate, -10),
      failing ? addDays(checkedOn, 20) : addDays(checkedOn, -5),
    );
    hazards.push(hazard);
    const placement = {
      districtId: enterprise.districtId,
      townId: enterprise.townId,
      ...(enterprise.gridId ? { gridId: enterprise.gridId } : {}),
    };
    seed.entries.push({
      campaignId,
      enterpriseId: enterprise.id,
      enterpriseName: enterprise.name,
      creditCode: enterprise.creditCode,
      ...placement,
      hazards: [{ hazardId: hazard.hazardId, description: hazard.description, level: 'major' }],
      addedAt: at,
      updatedAt: at,
      version: 1,
    });
    const check = (level: 'province' | 'city' | 'district', day: string, zeroed: boolean) => ({
      campaignId,
      checkId: idOf('zeroing-seed-check', enterprise.id, level),
      enterpriseId: enterprise.id,
      enterpriseName: enterprise.name,
      ...placement,
      level,
      checkedOn: day,
      checkers: level === 'district' ? ['辖区检查组'] : level === 'city' ? ['市局检查组'] : ['省督导组'],
      results: [
        {
          hazardId: hazard.hazardId,
          description: hazard.description,
          zeroed,
          note: zeroed ? '' : '整改未完成',
        },
      ],
      zeroed,
      photoIds: [],
      createdBy: 'seed',
      createdByName: '演示数据',
      createdAt: `${day}T08:00:00.000Z`,
    });
    seed.checks.push(
      check('district', failing === 'district' ? checkedOn : addDays(checkedOn, -1), failing !== 'district'),
    );
    if (failing === 'province' || failing === 'city') seed.checks.push(check(failing, checkedOn, false));
  });
  return { seed, hazards };
}
