import { type CheckLevel, checkLevelLabels, checkLevels } from '#functions/zeroing/domain/levels';

/** A listed enterprise as the board counts it: where it is and the hazards the campaign lists for it. */
export interface BoardEntry {
  enterpriseId: string;
  districtId: string;
  hazardIds: readonly string[];
}

/** A recorded check as the board counts it: one enterprise at one level, zeroed when every result was. */
export interface BoardCheck {
  enterpriseId: string;
  level: CheckLevel;
  zeroed: boolean;
}

type PerLevel = Record<CheckLevel, number>;

/** The counts of one district, or of the whole campaign. */
export interface BoardCounts {
  /** Enterprises on the campaign's list. */
  listed: number;
  /** Listed enterprises with at least one check at any level. */
  checked: number;
  /** Enterprises found not zeroed (未清零) by a check at each level. */
  notZeroed: PerLevel;
  /** Enterprises found not zeroed at any level, each counted once. */
  notZeroedTotal: number;
  /** Of those, the ones whose listed hazards are all CLOSED now (整改闭环). */
  closedSince: number;
}

/** A not-zeroed enterprise to follow up (未清零企业跟踪): the levels that found it, and its listed hazards still open. */
export interface FollowUp {
  enterpriseId: string;
  districtId: string;
  levels: CheckLevel[];
  openHazards: number;
}

export interface Board extends BoardCounts {
  byDistrict: (BoardCounts & { districtId: string })[];
  /** Every enterprise found not zeroed, those with hazards still open first. */
  followUp: FollowUp[];
  sentence: string;
}

function followUpOf(
  entries: readonly BoardEntry[],
  checks: readonly BoardCheck[],
  isClosed: (id: string) => boolean,
) {
  const levels = new Map<string, Set<CheckLevel>>();
  for (const check of checks)
    if (!check.zeroed)
      levels.set(check.enterpriseId, (levels.get(check.enterpriseId) ?? new Set()).add(check.level));
  return entries
    .filter((entry) => levels.has(entry.enterpriseId))
    .map((entry) => ({
      enterpriseId: entry.enterpriseId,
      districtId: entry.districtId,
      levels: checkLevels.filter((level) => levels.get(entry.enterpriseId)?.has(level)),
      openHazards: entry.hazardIds.filter((id) => !isClosed(id)).length,
    }))
    .sort((a, b) => b.openHazards - a.openHazards);
}

const zeroLevels = (): PerLevel => ({ province: 0, city: 0, district: 0 });

function countsOf(
  entries: readonly BoardEntry[],
  checks: readonly BoardCheck[],
  isClosed: (hazardId: string) => boolean,
): BoardCounts {
  const listed = new Set(entries.map((entry) => entry.enterpriseId));
  const mine = checks.filter((check) => listed.has(check.enterpriseId));
  const notZeroed = zeroLevels();
  const failing = new Set<string>();
  for (const level of checkLevels) {
    const found = new Set(
      mine.filter((check) => check.level === level && !check.zeroed).map((check) => check.enterpriseId),
    );
    notZeroed[level] = found.size;
    for (const id of found) failing.add(id);
  }
  const closedSince = entries.filter(
    (entry) => failing.has(entry.enterpriseId) && entry.hazardIds.every(isClosed),
  ).length;
  return {
    listed: listed.size,
    checked: new Set(mine.map((check) => check.enterpriseId)).size,
    notZeroed,
    notZeroedTotal: failing.size,
    closedSince,
  };
}

/**
 * The sentence the quarterly report writes about the campaign (the seed: "百日清零行动共检查企业 107 家，其中省级
 * 检查发现未清零企业 4 家、市级 1 家……共发现未清零企业 10 家，目前已全部整改闭环"), from the counts alone.
 */
export function boardSentence(counts: BoardCounts): string {
  if (counts.checked === 0) return `百日清零行动共列入企业 ${counts.listed} 家，尚未录入检查`;
  const head = `百日清零行动共检查企业 ${counts.checked} 家`;
  if (counts.notZeroedTotal === 0) return `${head}，均已清零`;
  const parts = checkLevels
    .filter((level) => counts.notZeroed[level] > 0)
    .map((level, index) =>
      index === 0
        ? `${checkLevelLabels[level]}检查发现未清零企业 ${counts.notZeroed[level]} 家`
        : `${checkLevelLabels[level]} ${counts.notZeroed[level]} 家`,
    );
  const open = counts.notZeroedTotal - counts.closedSince;
  const tail =
    open === 0 ? '目前已全部整改闭环' : `已整改闭环 ${counts.closedSince} 家，尚有 ${open} 家未整改闭环`;
  return `${head}，其中${parts.join('、')}，共发现未清零企业 ${counts.notZeroedTotal} 家，${tail}`;
}

/**
 * The campaign's board: counts for the whole list and per district (districts in the order given), and the
 * report's sentence. `isClosed` says whether a listed hazard is CLOSED now (read from the hazards capability).
 */
export function zeroingBoard(
  entries: readonly BoardEntry[],
  checks: readonly BoardCheck[],
  isClosed: (hazardId: string) => boolean,
  districtOrder: readonly string[],
): Board {
  const total = countsOf(entries, checks, isClosed);
  const present = new Set(entries.map((entry) => entry.districtId));
  const byDistrict = districtOrder
    .filter((districtId) => present.has(districtId))
    .map((districtId) => ({
      districtId,
      ...countsOf(
        entries.filter((entry) => entry.districtId === districtId),
        checks,
        isClosed,
      ),
    }));
  return {
    ...total,
    byDistrict,
    followUp: followUpOf(entries, checks, isClosed),
    sentence: boardSentence(total),
  };
}
