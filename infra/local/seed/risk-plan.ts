import { createHash } from 'node:crypto';
import { encodeTime } from 'ulid';
import type { SeedClass } from '#functions/risk-points/domain/dictionary/define';
import type { RiskLevel } from '#functions/risk-points/index';
import { type Random, seededRandom } from './random';
import { type DistrictProfile, industryFamilies, levelShares, plantAreas } from './risk-profiles';

export const DAY_MS = 24 * 3600 * 1000;
/** How far back the demo's scan history goes. */
export const HISTORY_DAYS = 90;
const LEVEL_ORDER: readonly RiskLevel[] = ['red', 'orange', 'yellow', 'blue'];
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** What the plan needs of a seeded enterprise and its two accounts. */
export interface DemoEnterprise {
  id: string;
  name: string;
  districtId: string;
  townId: string;
  gridId?: string;
  industry: keyof typeof industryFamilies;
  flags: readonly string[];
  responsible: { name: string; phone?: string };
  /** The enterprise's principal's account and its 安全员's account. */
  principal: { userId: string; name: string };
  safety: { userId: string; name: string };
  /** Its place among its district's enterprises (in id order): spreads district shares evenly, even at small scales. */
  indexInDistrict: number;
}

export interface PlannedScan {
  at: number;
  dueAt: number;
  byPrincipal: boolean;
  hazard: boolean;
}

export interface PlannedPoint {
  riskPointId: string;
  seedClass: SeedClass;
  name: string;
  location: string;
  createdAt: number;
  /** Oldest first; the scans of the last HISTORY_DAYS days only. */
  scans: PlannedScan[];
}

/** A ULID for a demo item: its time part the item's time, its random part a hash of a stable key (re-runs match). */
export function demoUlid(at: number, key: string): string {
  const hash = createHash('sha256').update(key).digest();
  let random = '';
  for (let i = 0; i < 16; i += 1) random += CROCKFORD[(hash[i] as number) % 32];
  return encodeTime(at, 10) + random;
}

const seedOf = (key: string) => createHash('sha256').update(key).digest().readUInt32LE(0);
/** Weyl sequence: evenly spread values in [0, 1), so that shares come out right for a handful of items too. */
const spread = (n: number, offset: number) => (offset + n * 0.618_033_988_75) % 1;

function pickLevel(random: Random): RiskLevel {
  let u = random.next();
  for (const level of LEVEL_ORDER) {
    u -= levelShares[level];
    if (u < 0) return level;
  }
  return 'blue';
}

/** A class of `level` (or the nearest lower level the industry has) from the families that fit the enterprise. */
function pickClass(random: Random, classes: readonly SeedClass[], level: RiskLevel): SeedClass {
  for (const candidate of LEVEL_ORDER.slice(LEVEL_ORDER.indexOf(level))) {
    const fitting = classes.filter((seed) => seed.level === candidate);
    if (fitting.length > 0) return random.pick(fitting);
  }
  return random.pick(classes);
}

/** Scan times of one point, newest first: on time or late, overdue now or not, back to the start of the window. */
function scanTimes(
  random: Random,
  profile: DistrictProfile,
  cycle: number,
  anchor: number,
  overdue: boolean,
) {
  const windowStart = anchor - HISTORY_DAYS * DAY_MS;
  const times: number[] = [];
  let at = overdue
    ? anchor - cycle * (1.1 + random.next() * 1.4)
    : anchor - cycle * (0.05 + random.next() * 0.9);
  while (at >= windowStart) {
    times.push(Math.round(at));
    at -=
      random.next() < profile.late
        ? cycle * (1.1 + random.next() * 0.9)
        : cycle * (0.75 + random.next() * 0.25);
  }
  return { times: times.reverse(), before: Math.round(at) };
}

const planRandom = (enterprise: DemoEnterprise) => seededRandom(seedOf(`risk-plan\n${enterprise.id}`));

/** How many points `planEnterprise` gives the enterprise without `extraPoints` (its PRNG's first draws, alone). */
export function plannedPointCount(enterprise: DemoEnterprise, profile: DistrictProfile): number {
  const random = planRandom(enterprise);
  random.next();
  return random.int(profile.points[0], profile.points[1]);
}

/**
 * The risk points of one operating enterprise and their scan history up to `anchor`, the same on every run for
 * the same enterprise (its own PRNG): about 14 points of classes that fit its industry, some overdue now.
 * `extraPoints` (the city writer's) adds or removes points so that a city reaches an exact total.
 */
export function planEnterprise(
  enterprise: DemoEnterprise,
  profile: DistrictProfile,
  classes: readonly SeedClass[],
  anchor: number,
  extraPoints = 0,
): PlannedPoint[] {
  const random = planRandom(enterprise);
  const families = new Set([
    ...industryFamilies[enterprise.industry],
    ...(enterprise.flags.includes('dust') ? ['dust'] : []),
  ]);
  const fitting = classes.filter((seed) => families.has(seed.classId.split('-')[1] ?? ''));
  const principalScans = spread(enterprise.indexInDistrict, 0.3) < profile.principalTakesPart;
  const hazardOffset = random.next();
  const names = new Map<string, number>();
  let scanNumber = 0;
  const count = Math.max(0, random.int(profile.points[0], profile.points[1]) + extraPoints);
  const points = Array.from({ length: count }, (_, index): PlannedPoint => {
    const seedClass = pickClass(random, fitting, pickLevel(random));
    const cycle = seedClass.cycleDays * DAY_MS;
    random.next(); // once a coin per point; kept so that every later draw stays what it was
    // Stratified, not a coin per point: each enterprise gets its share of overdue points to ±1, so a small
    // district's share (at demo scales a few dozen points) stays near its profile instead of ±8 points.
    const phase = spread(enterprise.indexInDistrict, 0.7);
    const overdueNow =
      Math.floor((index + 1) * profile.overdue + phase) > Math.floor(index * profile.overdue + phase);
    const { times, before } = scanTimes(random, profile, cycle, anchor, overdueNow);
    const first = times[0];
    const createdAt = first === undefined ? before : Math.round(first - cycle * (0.5 + random.next() * 0.5));
    const scans = times.map((at, i): PlannedScan => {
      scanNumber += 1;
      return {
        at,
        dueAt: (i === 0 ? createdAt : (times[i - 1] as number)) + cycle,
        byPrincipal: principalScans && random.next() < 0.2,
        hazard: spread(scanNumber, hazardOffset) < profile.hazardPerScan,
      };
    });
    const seen = (names.get(seedClass.classId) ?? 0) + 1;
    names.set(seedClass.classId, seen);
    return {
      riskPointId: demoUlid(createdAt, `risk-point\n${enterprise.id}\n${index}`),
      seedClass,
      name: seen === 1 ? seedClass.name : `${seedClass.name}（${seen}号）`,
      location: random.pick(plantAreas),
      createdAt,
      scans,
    };
  });
  // An enterprise whose principal takes part has at least one scan of the principal's own.
  const latest = points.flatMap((point) => point.scans).sort((a, b) => b.at - a.at)[0];
  if (principalScans && latest && !points.some((point) => point.scans.some((scan) => scan.byPrincipal)))
    latest.byPrincipal = true;
  return points;
}
