import { deductionsByIds } from '#functions/agency-deductions/index';
import { CITY_ISSUER, isRevoked } from '#functions/agency-notices/domain/notice-rules';
import type { NoticeCreate, NoticeUpdate, NoticeView } from '#functions/agency-notices/schemas';
import { type AgencyNoticeItem, agencyNotice } from '#functions/agency-notices/store/entities/agency-notice';
import {
  agencyIdsOf,
  groupableDeductions,
  managedNotice,
  visibleNotice,
} from '#functions/agency-notices/store/notice-items';
import { noticeView } from '#functions/agency-notices/store/views';
import type { AuditRecord } from '#functions/platform/audit/record';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, ValidationError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';

type Written = { notice: NoticeView; audit: AuditRecord };

const auditOf = (
  action: AuditRecord['action'],
  item: AgencyNoticeItem,
  before: AgencyNoticeItem | null,
  summary: string,
): AuditRecord => ({
  action,
  entity: 'agencyNotice',
  entityId: item.noticeId,
  districtId: item.issuerId === CITY_ISSUER ? null : item.issuerId,
  before: before ? noticeView(before) : null,
  after: noticeView(item),
  summary: `${summary}：${item.title}`,
});

const PUBLISHED_MESSAGE = '该通报已发布，发布后不能修改或重复发布；如需更正，请新建一份通报';
const publishedConflict = () => new ConflictError('NOTICE_PUBLISHED', PUBLISHED_MESSAGE);

/** The issuer of a new notice: a district admin's own district; the city admin's choice (default 市局). */
function issuerOf(principal: Principal, requested: NoticeCreate['districtId']): string {
  if (principal.role === 'cityAdmin') return requested ?? CITY_ISSUER;
  if (requested && requested !== principal.districtId)
    throw new ValidationError([
      { path: 'body.districtId', code: 'invalid_issuer', message: '只能以本辖区名义发布通报' },
    ]);
  return principal.districtId ?? '';
}

export async function createNotice(principal: Principal, input: NoticeCreate, at: Date): Promise<Written> {
  const issuerId = issuerOf(principal, input.districtId);
  const found = await groupableDeductions(issuerId, input.deductionIds);
  const stamp = at.toISOString();
  const { data } = await agencyNotice
    .create({
      noticeId: newId(at),
      issuerId,
      title: input.title,
      body: input.body,
      deductionIds: input.deductionIds,
      agencyIds: agencyIdsOf(input.deductionIds, found),
      status: 'draft',
      stampedAt: stamp,
      version: 1,
      createdBy: principal.userId,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .go();
  return { notice: noticeView(data, found), audit: auditOf('create', data, null, '新建专题通报') };
}

/** Patches a draft read as `before`; a concurrent change or a publication in between answers 409. */
async function changeDraft(
  before: AgencyNoticeItem,
  changes: Partial<AgencyNoticeItem>,
  at: Date,
): Promise<AgencyNoticeItem> {
  try {
    const { data } = await agencyNotice
      .patch({ noticeId: before.noticeId })
      .set({ ...changes, updatedAt: at.toISOString() })
      .add({ version: 1 })
      .where((a, op) => `${op.eq(a.version, before.version)} AND ${op.eq(a.status, 'draft')}`)
      .go({ response: 'all_new' });
    return data as AgencyNoticeItem;
  } catch (error) {
    if (isConditionFailure(error))
      throw new ConflictError('NOTICE_CHANGED', '该通报刚被修改或已发布，请刷新后重试');
    throw error;
  }
}

export async function updateNotice(principal: Principal, noticeId: string, input: NoticeUpdate, at: Date) {
  const before = await managedNotice(principal, noticeId);
  if (before.status === 'published') throw publishedConflict();
  const found = await groupableDeductions(before.issuerId, input.deductionIds);
  const item = await changeDraft(
    before,
    {
      title: input.title,
      body: input.body,
      deductionIds: input.deductionIds,
      agencyIds: agencyIdsOf(input.deductionIds, found),
    },
    at,
  );
  return { notice: noticeView(item, found), audit: auditOf('update', item, before, '修改专题通报') };
}

/** Publishes a draft whose deductions are all still live (one revoked since the draft: 409, nothing written). */
export async function publishNotice(principal: Principal, noticeId: string, at: Date): Promise<Written> {
  const before = await managedNotice(principal, noticeId);
  if (before.status === 'published') throw publishedConflict();
  const found = await deductionsByIds(before.deductionIds);
  const revoked = before.deductionIds.filter((id: string) => {
    const deduction = found.get(id);
    return !deduction || isRevoked(deduction);
  });
  if (revoked.length > 0)
    throw new ConflictError(
      'NOTICE_DEDUCTION_REVOKED',
      `通报所列扣分中有 ${revoked.length} 条已撤销，请修改草稿移除后再发布`,
    );
  const stamp = at.toISOString();
  const item = await changeDraft(
    before,
    { status: 'published', publishedAt: stamp, publishedBy: principal.userId, stampedAt: stamp },
    at,
  );
  return { notice: noticeView(item, found), audit: auditOf('publish', item, before, '发布专题通报') };
}

export async function getNotice(principal: Principal, noticeId: string): Promise<NoticeView> {
  const item = await visibleNotice(principal, noticeId);
  return noticeView(item, await deductionsByIds(item.deductionIds));
}
