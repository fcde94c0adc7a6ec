import { listEnterpriseCensus } from '#functions/enterprises/index';
import {
  COVERAGE_REFRESH_MINUTES,
  type CoverageCounts,
  coveragePercent,
  type DistrictCoverage,
  districtOrder,
  tallyDistrict,
} from '#functions/grid-coverage/domain/tally';
import type { Coverage } from '#functions/grid-coverage/schemas';
import { coverageSnapshot } from '#functions/grid-coverage/store/entities/coverage-snapshot';
import { loadOrgDirectory } from '#functions/org/index';
import { districtName } from '#functions/platform/districts';
import { ForbiddenError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { listScope } from '#functions/platform/scope';

/**
 * Recounts district D from its enterprises' census (one walk of its byDistrict partition, a projection) and
 * replaces its snapshot: what the job does for the 7, and a finished bulk assignment for its own district.
 */
export async function recountDistrict(districtId: string, at: Date): Promise<DistrictCoverage> {
  const [rows, directory] = await Promise.all([
    listEnterpriseCensus(districtId),
    loadOrgDirectory(districtId),
  ]);
  const coverage = tallyDistrict(districtId, rows, (townId) => directory.town(townId)?.name);
  await coverageSnapshot
    .put({ districtId, generatedAt: at.toISOString(), coverage })
    .go({ response: 'none' });
  return coverage;
}

const withPercent = <T extends CoverageCounts>(counts: T) => ({
  ...counts,
  coverage: coveragePercent(counts),
});

const sumOf = (areas: readonly CoverageCounts[]): CoverageCounts =>
  areas.reduce(
    (sum, area) => ({
      total: sum.total + area.total,
      inGrid: sum.inGrid + area.inGrid,
      outside: sum.outside + area.outside,
    }),
    { total: 0, inGrid: 0, outside: 0 },
  );

/** The districts a caller's coverage reads, and the one town a town officer is kept to. */
function areaOf(principal: Principal): { districtIds: string[]; townId?: string } {
  const scope = listScope(principal);
  if (scope.kind === 'all') return { districtIds: districtOrder };
  if (scope.kind === 'district') return { districtIds: [scope.districtId] };
  if (scope.kind === 'town') return { districtIds: [scope.districtId], townId: scope.townId };
  throw new ForbiddenError('网格覆盖统计仅供市、辖市（区）和镇（街道）查看');
}

/**
 * The caller's coverage: one GetItem per district snapshot (the city: the 7), never a count at request time.
 * A town officer sees its town alone; a district whose snapshot is not there yet shows zeros, and
 * `generatedAt` is the oldest snapshot's time (null until the job has run once).
 */
export async function coverageFor(principal: Principal): Promise<Coverage> {
  const area = areaOf(principal);
  const { data } = await coverageSnapshot
    .get(area.districtIds.map((districtId) => ({ districtId })))
    .go({ concurrent: 2 });
  const byDistrict = new Map(data.map((item) => [item.districtId, item]));
  const times = data.map((item) => item.generatedAt).sort();
  const districts = area.districtIds.map((districtId) => {
    const stored = byDistrict.get(districtId)?.coverage as DistrictCoverage | undefined;
    const towns = (stored?.towns ?? []).filter((town) => !area.townId || town.townId === area.townId);
    const counts = area.townId || !stored ? sumOf(towns) : stored;
    return {
      districtId,
      districtName: districtName(districtId) ?? districtId,
      ...withPercent({ total: counts.total, inGrid: counts.inGrid, outside: counts.outside }),
      towns: towns.map(withPercent),
    };
  });
  return {
    refreshMinutes: COVERAGE_REFRESH_MINUTES,
    generatedAt: times[0] ?? null,
    ...withPercent(sumOf(districts)),
    districts,
  };
}
