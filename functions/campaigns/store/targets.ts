import { isClosed } from '#functions/campaigns/domain/deadline';
import type { MyCampaign, Target, TargetListQuery } from '#functions/campaigns/schemas';
import { findCampaign } from '#functions/campaigns/store/campaigns';
import { campaignTarget } from '#functions/campaigns/store/entities/target';
import { seen, visibleDistricts } from '#functions/campaigns/store/scope';
import { type TargetItem, targetView } from '#functions/campaigns/store/views';
import { businessDay } from '#functions/platform/clock';
import { districtIds } from '#functions/platform/districts';
import { NotFoundError } from '#functions/platform/errors';
import { fixedPage, InvalidCursorError, type Page, readPage, readPages } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import { mainTable } from '#functions/platform/tables';

/**
 * A cursor the pager gives this list decodes to `{ p, k }`: p one of the 7 district partitions, k null or a key
 * of strings. A bad one is a 400 before the campaign is read (the pager checks the rest against the partition).
 */
function looksLikeCursor(cursor: string): boolean {
  try {
    const { p, k } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      p?: unknown;
      k?: unknown;
    };
    const key =
      k === null ||
      (typeof k === 'object' &&
        !Array.isArray(k) &&
        Object.values(k as object).every((v) => typeof v === 'string'));
    return Number.isInteger(p) && (p as number) >= 0 && (p as number) < districtIds.length && key;
  } catch {
    return false;
  }
}

/** The campaign's targets in the caller's districts (one partition each), done or not, by enterprise id. */
export async function listTargets(
  principal: Principal,
  campaignId: string,
  query: TargetListQuery,
): Promise<Page<Target>> {
  const { limit, cursor, districtId, done } = query;
  if (cursor && !looksLikeCursor(cursor)) throw new InvalidCursorError();
  seen(principal, await findCampaign(campaignId));
  const districts = visibleDistricts(principal).filter((id) => !districtId || id === districtId);
  if (districts.length === 0) return fixedPage({ limit, cursor });
  const partitions = districts.map((id) => {
    const base = campaignTarget.query.byCampaignDistrict({ campaignId, districtId: id });
    return {
      table: mainTable,
      query:
        done === undefined
          ? base
          : base.where((a, op) => (done ? op.exists(a.submittedAt) : op.notExists(a.submittedAt))),
    };
  });
  return readPages(
    partitions,
    { limit, cursor, order: 'asc', filtered: done !== undefined },
    (item: TargetItem) => targetView(item),
  );
}

export async function findTarget(campaignId: string, enterpriseId: string): Promise<TargetItem | null> {
  const { data } = await campaignTarget.get({ campaignId, enterpriseId }).go({ consistent: true });
  return data ?? null;
}

/** An enterprise user's own target row of a campaign: 404 when its enterprise was not sent the campaign. */
export async function myTarget(principal: Principal, campaignId: string): Promise<TargetItem> {
  const target = principal.enterpriseId ? await findTarget(campaignId, principal.enterpriseId) : null;
  if (!target) throw new NotFoundError('本企业不在该自查清单的发送范围内，无需填报');
  return target;
}

/** The phone page: the checklist and the enterprise's own row with its answers. */
export async function myCampaign(principal: Principal, campaignId: string, now: Date): Promise<MyCampaign> {
  const target = await myTarget(principal, campaignId);
  const item = await findCampaign(campaignId);
  if (!item) throw new NotFoundError('本企业不在该自查清单的发送范围内，无需填报');
  return {
    campaignId,
    title: item.title,
    items: item.items.map(({ itemId, text }) => ({ itemId: itemId ?? '', text: text ?? '' })),
    deadline: item.deadline,
    closed: isClosed(item.deadline, now),
    target: targetView(target, true),
  };
}

/** The enterprise's campaigns, newest first; `open`: not answered and not past the deadline. */
export async function myCampaigns(
  principal: Principal,
  query: { limit: number; cursor?: string | undefined; open?: boolean | undefined },
  now: Date,
): Promise<Page<Target & { title: string; deadline: string }>> {
  if (!principal.enterpriseId) return fixedPage(query);
  const base = campaignTarget.query.byEnterprise({ enterpriseId: principal.enterpriseId });
  const today = businessDay(now);
  const filtered = query.open
    ? base.where((a, op) => `${op.notExists(a.submittedAt)} AND ${op.gte(a.deadline, today)}`)
    : base;
  return readPage(
    { table: mainTable, query: filtered },
    { limit: query.limit, cursor: query.cursor, filtered: Boolean(query.open) },
    (item: TargetItem) => ({ ...targetView(item), title: item.title, deadline: item.deadline }),
  );
}
