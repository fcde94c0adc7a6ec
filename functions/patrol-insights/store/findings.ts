import { enterprisesById } from '#functions/enterprises/index';
import { hazardsByIds } from '#functions/hazards/index';
import { townPlace } from '#functions/org/index';
import { repeatedFindings, windowStart } from '#functions/patrol-insights/domain/repeated';
import type { RepeatedFindingQuery, RepeatedFindingRow } from '#functions/patrol-insights/schemas';
import { patrolsOfTownSince } from '#functions/patrols/index';
import { businessDay } from '#functions/platform/clock';
import { ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';
import { listScope } from '#functions/platform/scope';

/**
 * GET /api/patrol-repeated-findings: one town's flags, computed per request from its patrols of the last 90
 * days (one key range of the patrols' town index, no scan): always current, right after a second failing
 * patrol, with nothing to keep in step on write. A town officer (or grid member: its grid's) reads its own town;
 * a district or city admin names the town (a district-wide list would read a district's 90 days per request).
 * A town outside the caller's area gives an empty page.
 */
export async function listRepeatedFindings(
  principal: Principal,
  query: RepeatedFindingQuery,
  now: Date,
): Promise<{ data: RepeatedFindingRow[]; nextCursor: null }> {
  const scope = listScope(principal);
  const empty = { data: [], nextCursor: null };
  let townId = query.townId;
  if (scope.kind === 'town' || scope.kind === 'grid') {
    if (townId && townId !== scope.townId) return empty;
    townId = scope.townId;
  } else if (scope.kind === 'all' || scope.kind === 'district') {
    if (!townId)
      throw new ValidationError(
        [{ path: 'query.townId', code: 'town_required', message: '请选择镇（街道）' }],
        '请选择要查看的镇（街道）',
      );
  } else return empty;
  // a district admin naming another district's town: nothing of that town is read
  if (scope.kind === 'district' && (await townPlace(townId))?.districtId !== scope.districtId) return empty;
  const today = businessDay(now);
  const patrols = await patrolsOfTownSince(townId, windowStart(today));
  const found = repeatedFindings(patrols, today).filter(
    (flag) =>
      (scope.kind !== 'district' || flag.districtId === scope.districtId) &&
      (scope.kind !== 'grid' || flag.gridId === scope.gridId) &&
      (!query.gridId || flag.gridId === query.gridId) &&
      (!query.enterpriseId || flag.enterpriseId === query.enterpriseId),
  );
  const enterpriseIds = [...new Set(found.map((flag) => flag.enterpriseId))];
  // batch gets (100 keys a request), not one read per flagged enterprise
  const [enterprises, hazards] = await Promise.all([
    enterprisesById(enterpriseIds),
    hazardsByIds(found.flatMap((flag) => flag.hazardIds)),
  ]);
  const names = new Map(enterpriseIds.map((id) => [id, enterprises.get(id)?.name ?? null]));
  const rows = found.map((flag) => {
    // a hazard not found (not yet written, or gone) is not counted as open: the patrol is what says so
    const openHazardIds = flag.hazardIds.filter((id) => {
      const state = hazards.get(id);
      return state !== undefined && state.status !== 'CLOSED';
    });
    return {
      ...flag,
      enterpriseName: names.get(flag.enterpriseId) ?? null,
      openHazardIds,
      open: flag.stillFound || openHazardIds.length > 0,
    };
  });
  return {
    data: rows.filter((row) => query.open === undefined || row.open === query.open),
    nextCursor: null,
  };
}
