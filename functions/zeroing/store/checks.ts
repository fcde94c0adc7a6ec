import { createHash } from 'node:crypto';
import { usablePhotos } from '#functions/photos/index';
import { businessDay } from '#functions/platform/clock';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#functions/platform/errors';
import { fixedPage, type Page, type PageRequest, readPage } from '#functions/platform/pager';
import type { Principal } from '#functions/platform/principal';
import type { FieldError } from '#functions/platform/schemas/common';
import { mainTable } from '#functions/platform/tables';
import {
  type CheckLevel,
  checkLevelLabels,
  checkRefusal,
  levelRefusalMessage,
} from '#functions/zeroing/domain/levels';
import type { ZeroingCheck, ZeroingCheckCreate } from '#functions/zeroing/schemas';
import type { ZeroingCampaignItem } from '#functions/zeroing/store/entities/campaign';
import { type ZeroingCheckItem, zeroingCheck } from '#functions/zeroing/store/entities/check';
import type { ZeroingEntryItem } from '#functions/zeroing/store/entities/entry';
import { entryOf } from '#functions/zeroing/store/entries';
import { listedHazardsOf, toCheck } from '#functions/zeroing/store/views';

/** One check per enterprise, level and day: a retried save names the same check. */
const checkIdOf = (campaignId: string, enterpriseId: string, level: CheckLevel, day: string) =>
  createHash('sha256')
    .update(`zeroing-check\n${campaignId}\n${enterpriseId}\n${level}\n${day}`)
    .digest('hex')
    .slice(0, 26);

/** The listed enterprise the caller may record `level` for, or the refusal (nothing is written before it). */
async function recordableEntry(principal: Principal, campaignId: string, input: ZeroingCheckCreate) {
  const entry = await entryOf(campaignId, input.enterpriseId);
  if (!entry) {
    if (principal.role !== 'cityAdmin') throw new NotFoundError('企业不在本辖市（区）的百日清零名单中');
    const message = '该企业不在本次百日清零名单中，请先列入名单';
    throw new ValidationError([{ path: 'body.enterpriseId', message, code: 'not_listed' }], message);
  }
  const refusal = checkRefusal(principal, input.level, entry.districtId);
  if (refusal === 'notFound') throw new NotFoundError('企业不在本辖市（区）的百日清零名单中');
  if (refusal === 'forbidden') throw new ForbiddenError(levelRefusalMessage(input.level));
  return entry;
}

/** The results must answer for exactly the listed hazards; the day must lie in the campaign, not in the future. */
function inputProblems(
  campaign: ZeroingCampaignItem,
  entry: ZeroingEntryItem,
  input: ZeroingCheckCreate,
  now: Date,
) {
  const listed = listedHazardsOf(entry);
  const ids = new Set(listed.map((hazard) => hazard.hazardId));
  const answered = new Set(input.results.map((result) => result.hazardId));
  const fields: FieldError[] = input.results.flatMap((result, index) =>
    ids.has(result.hazardId)
      ? []
      : [
          {
            path: `body.results.${index}.hazardId`,
            message: '该隐患不在此企业的清零名单中',
            code: 'not_listed',
          },
        ],
  );
  const unanswered = listed.filter((hazard) => !answered.has(hazard.hazardId)).length;
  if (unanswered > 0)
    fields.push({
      path: 'body.results',
      message: `还有 ${unanswered} 条列入隐患未填写检查结果`,
      code: 'incomplete',
    });
  if (input.checkedOn < campaign.startDate)
    fields.push({
      path: 'body.checkedOn',
      message: `检查日期不能早于行动开始日期 ${campaign.startDate}`,
      code: 'too_early',
    });
  if (input.checkedOn > businessDay(now))
    fields.push({ path: 'body.checkedOn', message: '检查日期不能晚于今天', code: 'in_future' });
  return fields;
}

/**
 * Records one check of a listed enterprise (省级 / 市级 / 辖市（区）级): who may record which level is
 * `checkRefusal`'s rule; every refusal and every bad input is answered before anything is written.
 */
export async function recordCheck(
  principal: Principal,
  campaign: ZeroingCampaignItem,
  input: ZeroingCheckCreate,
  now: Date,
): Promise<ZeroingCheck> {
  const entry = await recordableEntry(principal, campaign.campaignId, input);
  const fields = inputProblems(campaign, entry, input, now);
  if (fields.length > 0) throw new ValidationError(fields, '检查记录有误，请按提示修改后重试');
  if (input.photoIds.length > 0)
    await usablePhotos({
      photoIds: input.photoIds,
      enterpriseId: entry.enterpriseId,
      uploadedBy: principal.userId,
      kinds: ['hazard', 'patrol'],
      fieldPath: 'photoIds',
    });
  const descriptions = new Map(listedHazardsOf(entry).map((hazard) => [hazard.hazardId, hazard.description]));
  const results = input.results.map((result) => ({
    hazardId: result.hazardId,
    description: descriptions.get(result.hazardId) ?? '',
    zeroed: result.zeroed,
    note: result.note ?? '',
  }));
  const item: ZeroingCheckItem = {
    campaignId: campaign.campaignId,
    checkId: checkIdOf(campaign.campaignId, entry.enterpriseId, input.level, input.checkedOn),
    enterpriseId: entry.enterpriseId,
    enterpriseName: entry.enterpriseName,
    districtId: entry.districtId,
    townId: entry.townId,
    ...(entry.gridId ? { gridId: entry.gridId } : {}),
    level: input.level,
    checkedOn: input.checkedOn,
    checkers: input.checkers,
    results,
    zeroed: results.every((result) => result.zeroed),
    photoIds: input.photoIds,
    createdBy: principal.userId,
    createdByName: principal.name,
    createdAt: now.toISOString(),
  };
  try {
    await zeroingCheck.create(item).go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const message = `${entry.enterpriseName} ${input.checkedOn} 的${checkLevelLabels[input.level]}检查已录入，请勿重复录入`;
    throw new ConflictError('ZEROING_CHECK_EXISTS', message, { existingId: item.checkId });
  }
  return toCheck(item);
}

/** One page of the campaign's checks in the caller's scope, the latest day first; optionally one level. */
export async function listChecks(
  principal: Principal,
  campaignId: string,
  filter: { districtId?: string | undefined; level?: CheckLevel | undefined },
  request: PageRequest,
): Promise<Page<ZeroingCheck>> {
  const district = principal.role === 'cityAdmin' ? filter.districtId : principal.districtId;
  if (principal.role !== 'cityAdmin' && (!district || (filter.districtId && filter.districtId !== district)))
    return fixedPage(request);
  const base = district
    ? zeroingCheck.query.byDistrict({ campaignId, districtId: district })
    : zeroingCheck.query.byCampaign({ campaignId });
  const level = filter.level;
  const query = level ? base.where((a, op) => op.eq(a.level, level)) : base;
  return readPage({ table: mainTable, query }, { ...request, order: 'desc', filtered: !!level }, toCheck);
}

/** Every check of the campaign in `districtId` (or all): the board's read, bounded by the list. */
export async function allChecks(campaignId: string, districtId?: string) {
  const query = districtId
    ? zeroingCheck.query.byDistrict({ campaignId, districtId })
    : zeroingCheck.query.byCampaign({ campaignId });
  return (await query.go({ pages: 'all' })).data;
}
