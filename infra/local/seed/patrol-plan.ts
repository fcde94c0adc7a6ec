import { createHash } from 'node:crypto';
import {
  defaultCityItems,
  type EffectiveItem,
  effectiveItems,
  formVersionLabel,
  numberedItems,
  xinbeiFireItems,
} from '#functions/patrols/domain/forms';
import { addDays, businessDay } from '#functions/platform/clock';

/** How far back the demo's patrols go: a quarter, as the seed report's 巡查率 period. */
export const PATROL_HISTORY_DAYS = 90;
/** Share of in-grid enterprises patrolled in the quarter (the report: 28,328 patrolled, 83.93%). */
export const PATROLLED_SHARE = 0.84;
const DAY_MS = 24 * 3600 * 1000;

/** Each district's own patrol frequency in days (the report: every district set its own; 新北区 every 2 weeks). */
export const districtFrequencies: Readonly<Record<string, number>> = {
  liyang: 30,
  jintan: 30,
  wujin: 21,
  xinbei: 14,
  tianning: 28,
  zhonglou: 30,
  jingkai: 20,
};

export interface PatrolSeedEnterprise {
  id: string;
  name: string;
  districtId: string;
  townId: string;
  gridId: string;
}

export interface GridMember {
  userId: string;
  name: string;
}

/** The forms the demo starts from: the city's version 1 and 新北区's ten fire-safety additions (its version 1). */
export const seedForms = {
  city: numberedItems('city', defaultCityItems),
  xinbei: numberedItems('xinbei', xinbeiFireItems),
};

const unit = (key: string, salt: string) =>
  createHash('sha256').update(`${salt}\n${key}`).digest().readUInt32LE(0) / 4294967296;

/** The patrol items of the demo (the store's shape, no crash marker): deterministic per enterprise. */
export interface SeedPatrol {
  patrolId: string;
  clientId: string;
  enterpriseId: string;
  enterpriseName: string;
  districtId: string;
  townId: string;
  gridId: string;
  day: string;
  at: string;
  patrolledBy: string;
  patrolledByName: string;
  formVersion: string;
  cityVersion: number;
  districtVersion: number;
  items: EffectiveItem[];
  answers: { itemId: string; answer: 'pass' | 'fail' | 'na' }[];
  failedItemIds: string[];
  hazardIds: string[];
  hazardCategories: string[];
  hazards: never[];
  photoIds: string[];
  codeChecked: boolean;
  overdueRiskPoints: never[];
}

function patrolOf(
  enterprise: PatrolSeedEnterprise,
  member: GridMember,
  at: number,
  serial: number,
  failed: string | undefined,
): SeedPatrol {
  const additions = enterprise.districtId === 'xinbei' ? seedForms.xinbei : [];
  const items = effectiveItems(seedForms.city, additions);
  const districtVersion = additions.length > 0 ? 1 : 0;
  const patrolId = createHash('sha256')
    .update(`seed-patrol\n${enterprise.id}\n${serial}`)
    .digest('base64url')
    .slice(0, 26);
  return {
    patrolId,
    clientId: `seed-${patrolId.slice(0, 20)}`,
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.name,
    districtId: enterprise.districtId,
    townId: enterprise.townId,
    gridId: enterprise.gridId,
    day: businessDay(new Date(at)),
    at: new Date(at).toISOString(),
    patrolledBy: member.userId,
    patrolledByName: member.name,
    formVersion: formVersionLabel(1, enterprise.districtId, districtVersion),
    cityVersion: 1,
    districtVersion,
    items,
    // 不涉及 for the hazardous-chemicals and confined-space items where the enterprise has none (about a third)
    answers: items.map(({ itemId }) => ({
      itemId,
      answer: itemId === failed ? 'fail' : unit(`${enterprise.id}\n${itemId}`, 'na') < 0.12 ? 'na' : 'pass',
    })),
    failedItemIds: failed ? [failed] : [],
    hazardIds: [],
    hazardCategories: [],
    hazards: [],
    photoIds: [],
    codeChecked: true,
    overdueRiskPoints: [],
  };
}

/**
 * The demo's quarter of patrols: about 84% of the in-grid enterprises patrolled at least once by their grid's
 * member, a third of those twice, at 09:00–17:00 Beijing; one patrol in eight fails one item, and 2% of the
 * enterprises fail the same item on both patrols (the repeated findings the town officer sees). Enterprises of
 * a grid without a member are not patrolled (as in the report: not every grid is staffed).
 */
export function planPatrols(
  enterprises: readonly PatrolSeedEnterprise[],
  members: ReadonlyMap<string, GridMember>,
  anchor: number,
): SeedPatrol[] {
  const today = businessDay(new Date(anchor));
  const patrols: SeedPatrol[] = [];
  for (const enterprise of enterprises) {
    const member = members.get(enterprise.gridId);
    const share = unit(enterprise.id, 'patrolled');
    if (!member || share >= PATROLLED_SHARE) continue;
    const itemCount = seedForms.city.length;
    const repeated = share < 0.02;
    const failedItem = seedForms.city[Math.floor(unit(enterprise.id, 'item') * itemCount)]?.itemId;
    const offsets = [Math.floor(unit(enterprise.id, 'first') * (PATROL_HISTORY_DAYS - 1))];
    if (share < PATROLLED_SHARE / 3) offsets.push(Math.floor((offsets[0] as number) / 2));
    offsets.forEach((back, serial) => {
      const day = addDays(today, -back);
      const hour = 9 + Math.floor(unit(`${enterprise.id}\n${serial}`, 'hour') * 8);
      const at = Date.parse(`${day}T${String(hour).padStart(2, '0')}:15:00+08:00`);
      if (at > anchor) return;
      const fails = repeated || unit(`${enterprise.id}\n${serial}`, 'fail') < 0.125;
      patrols.push(patrolOf(enterprise, member, at, serial, fails ? failedItem : undefined));
    });
  }
  return patrols;
}

export const dayMs = DAY_MS;
