import { answerIssues, sameAnswers } from '#functions/campaigns/domain/answers';
import { isClosed } from '#functions/campaigns/domain/deadline';
import { findingRefOf } from '#functions/campaigns/domain/keys';
import type { SubmissionCreate } from '#functions/campaigns/schemas';
import { findCampaign } from '#functions/campaigns/store/campaigns';
import { countSubmission } from '#functions/campaigns/store/counters';
import { campaignTarget } from '#functions/campaigns/store/entities/target';
import { findTarget, myTarget } from '#functions/campaigns/store/targets';
import type { CampaignItem, TargetItem } from '#functions/campaigns/store/views';
import { createHazardFromFinding, hazardIdOfFinding } from '#functions/hazards/index';
import { usablePhotos } from '#functions/photos/index';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, NotFoundError, ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

export interface SubmitContext {
  now: Date;
  routeKey: string;
  requestId: string;
}

const alreadySubmitted = () =>
  new ConflictError(
    'CAMPAIGN_ALREADY_SUBMITTED',
    '本企业已提交该自查清单，不能重复提交；如需更正请联系发送单位',
  );

/**
 * What a submission's write leaves to do, each step harmless when repeated: one hazard per 不符合 item (by its
 * finding reference), the district's submitted counter (once per enterprise: see countSubmission), then the
 * marker removed. A retry that finds the marker does them again, harmlessly.
 */
async function finish(item: CampaignItem, target: TargetItem, principal: Principal, context: SubmitContext) {
  if (!target.pending) return target;
  const texts = new Map(item.items.map(({ itemId, text }) => [itemId, text ?? '']));
  for (const answer of target.answers ?? []) {
    if (answer.result !== 'fail' || !answer.itemId) continue;
    const note = answer.note ? `（${answer.note}）` : '';
    await createHazardFromFinding({
      source: 'campaign',
      findingRef: findingRefOf(item.campaignId, target.enterpriseId, answer.itemId),
      enterpriseId: target.enterpriseId,
      districtId: target.districtId,
      townId: target.townId,
      ...(target.gridId ? { gridId: target.gridId } : {}),
      description: `自查清单“${item.title}”不符合：${texts.get(answer.itemId) ?? ''}${note}`.slice(0, 500),
      level: 'general',
      category: `campaign:${item.campaignId}:${answer.itemId}`,
      photoIds: answer.photoIds ?? [],
      createdBy: target.submittedBy ?? principal.userId,
      at: target.submittedAt ?? context.now.toISOString(),
      routeKey: context.routeKey,
      requestId: context.requestId,
    });
  }
  await countSubmission(item.campaignId, target.districtId, target.enterpriseId);
  await campaignTarget
    .patch({ campaignId: item.campaignId, enterpriseId: target.enterpriseId })
    .remove(['pending'])
    .go({ response: 'none' });
  const { pending: _pending, ...done } = target;
  return done;
}

/** The answers as stored: each with its hazard's id when it failed. */
function storedAnswers(campaignId: string, enterpriseId: string, input: SubmissionCreate) {
  const shared = input.photoIds ?? [];
  return input.answers.map((answer) => ({
    itemId: answer.itemId,
    result: answer.result,
    ...(answer.note ? { note: answer.note } : {}),
    photoIds:
      answer.result === 'fail'
        ? [...new Set([...(answer.photoIds ?? []), ...shared])]
        : (answer.photoIds ?? []),
    ...(answer.result === 'fail'
      ? { hazardId: hazardIdOfFinding('campaign', findingRefOf(campaignId, enterpriseId, answer.itemId)) }
      : {}),
  }));
}

/**
 * An enterprise's answers to a campaign, once (decision: a submission is final; the same answers again, a
 * phone's retry, answer 200 with the first, different ones 409). Refused before any write: not targeted (404),
 * past the deadline (409), not every item answered or a photo not usable (400).
 */
export async function submitAnswers(
  principal: Principal,
  campaignId: string,
  input: SubmissionCreate,
  context: SubmitContext,
): Promise<{ target: TargetItem; replayed: boolean }> {
  const target = await myTarget(principal, campaignId);
  const item = await findCampaign(campaignId);
  if (!item) throw new NotFoundError('本企业不在该自查清单的发送范围内，无需填报');
  if (target.submittedAt) {
    if (!sameAnswers(target.answers as never, storedAnswers(campaignId, target.enterpriseId, input)))
      throw alreadySubmitted();
    return { target: await finish(item, target, principal, context), replayed: true };
  }
  if (isClosed(item.deadline, context.now))
    throw new ConflictError('CAMPAIGN_CLOSED', `该自查清单已于 ${item.deadline} 截止，不能再填报`);
  const issues = answerIssues(
    item.items.map(({ itemId }) => itemId ?? ''),
    input,
  );
  if (issues.length > 0) throw new ValidationError(issues, '自查清单填写不完整，请按提示修改后提交');
  const photoIds = [
    ...new Set([...(input.photoIds ?? []), ...input.answers.flatMap((answer) => answer.photoIds ?? [])]),
  ];
  if (photoIds.length > 0)
    await usablePhotos({
      photoIds,
      enterpriseId: target.enterpriseId,
      uploadedBy: principal.userId,
      kinds: ['hazard'],
      fieldPath: 'body.answers',
    });
  const answers = storedAnswers(campaignId, target.enterpriseId, input);
  const written = {
    ...target,
    answers,
    failCount: answers.filter((answer) => answer.result === 'fail').length,
    submittedAt: context.now.toISOString(),
    submittedBy: principal.userId,
    submittedByName: principal.name,
    pending: true,
  };
  try {
    await campaignTarget
      .patch({ campaignId, enterpriseId: target.enterpriseId })
      .set({
        answers: written.answers,
        failCount: written.failCount,
        submittedAt: written.submittedAt,
        submittedBy: written.submittedBy,
        submittedByName: written.submittedByName,
        pending: true,
      })
      .where((a, op) => op.notExists(a.submittedAt))
      .go({ response: 'none' });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const twin = await findTarget(campaignId, target.enterpriseId);
    if (!twin?.submittedAt || !sameAnswers(twin.answers as never, answers)) throw alreadySubmitted();
    return { target: await finish(item, twin, principal, context), replayed: true };
  }
  return { target: await finish(item, written, principal, context), replayed: false };
}
