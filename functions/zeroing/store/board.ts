import { hazardsByIds } from '#functions/hazards/index';
import { districtIds } from '#functions/platform/districts';
import type { Principal } from '#functions/platform/principal';
import { zeroingBoard } from '#functions/zeroing/domain/board';
import type { ZeroingBoard } from '#functions/zeroing/schemas';
import { allChecks } from '#functions/zeroing/store/checks';
import type { ZeroingCampaignItem } from '#functions/zeroing/store/entities/campaign';
import { allEntries } from '#functions/zeroing/store/entries';
import { listedHazardsOf, toCampaign } from '#functions/zeroing/store/views';

/**
 * The campaign's board, as the caller may see it (a district admin: its district's part). It reads the
 * campaign's own list and checks (two key queries, bounded by the list, never a table scan) and the listed
 * hazards' states (BatchGetItem): the hazards close in their own capability, so the board is live without a
 * projection to keep in step.
 */
export async function campaignBoard(
  principal: Principal,
  campaign: ZeroingCampaignItem,
): Promise<ZeroingBoard> {
  // a district admin always carries its district; one without reads an empty partition, never the city's
  const district = principal.role === 'cityAdmin' ? undefined : (principal.districtId ?? 'none');
  const [entries, checks] = await Promise.all([
    allEntries(campaign.campaignId, district),
    allChecks(campaign.campaignId, district),
  ]);
  const hazardIds = entries.flatMap((entry) => listedHazardsOf(entry).map((hazard) => hazard.hazardId));
  const states = await hazardsByIds(hazardIds);
  const board = zeroingBoard(
    entries.map((entry) => ({
      enterpriseId: entry.enterpriseId,
      districtId: entry.districtId,
      hazardIds: listedHazardsOf(entry).map((hazard) => hazard.hazardId),
    })),
    checks,
    (hazardId) => states.get(hazardId)?.status === 'CLOSED',
    districtIds,
  );
  const names = new Map(entries.map((entry) => [entry.enterpriseId, entry.enterpriseName]));
  const followUp = board.followUp.map((row) => ({
    ...row,
    enterpriseName: names.get(row.enterpriseId) ?? '',
  }));
  return { campaign: toCampaign(campaign), ...board, followUp };
}
