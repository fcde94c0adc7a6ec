import type { DustSiteCreate, DustSiteUpdate, DustSiteView } from '#functions/dust-sites/schemas';
import { claimSiteToken, releaseSiteToken } from '#functions/dust-sites/store/codes';
import { dustSite } from '#functions/dust-sites/store/entities/dust-site';
import {
  type DustSiteItem,
  managedSite,
  mayManageSite,
  siteView,
  visibleSite,
} from '#functions/dust-sites/store/site-items';
import { enterpriseCard } from '#functions/enterprises/index';
import type { AuditRecord } from '#functions/platform/audit/record';
import { newCodeToken } from '#functions/platform/code-token';
import { isConditionFailure } from '#functions/platform/conditions';
import { ConflictError, ValidationError } from '#functions/platform/errors';
import { newId } from '#functions/platform/ids';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

type Written = { site: DustSiteView; audit: AuditRecord };

const auditOf = (
  action: AuditRecord['action'],
  item: DustSiteItem,
  before: DustSiteItem | null,
  summary: string,
): AuditRecord => ({
  action,
  entity: 'dustSite',
  entityId: item.siteId,
  districtId: item.districtId,
  before: before ? siteView(before, true) : null,
  after: siteView(item, true),
  summary: `${summary}：${item.enterpriseName} / ${item.name}`,
});

const enterpriseError = (message: string, code: string) =>
  new ValidationError([{ path: 'body.enterpriseId', message, code }]);

/** A new site of a 涉爆粉尘 enterprise in the manager's scope, with its code token claimed first. */
export async function createSite(principal: Principal, input: DustSiteCreate, at: Date): Promise<Written> {
  const card = await enterpriseCard(input.enterpriseId);
  if (!card || !inScope(principal, { ...card, enterpriseId: input.enterpriseId }))
    throw enterpriseError('企业不存在或不在您的管辖范围内', 'invalid_enterprise');
  if (!card.flags.includes('dust'))
    throw enterpriseError('该企业未标记为涉爆粉尘企业，不能登记粉尘场所', 'not_dust_enterprise');
  const siteId = newId(at);
  const token = await claimSiteToken(siteId, at, newCodeToken);
  const stamp = at.toISOString();
  const { data } = await dustSite
    .create({
      siteId,
      enterpriseId: input.enterpriseId,
      enterpriseName: card.name,
      districtId: card.districtId,
      townId: card.townId,
      ...(card.gridId ? { gridId: card.gridId } : {}),
      name: input.name,
      location: input.location,
      dustType: input.dustType,
      contactPhone: input.contactPhone,
      status: 'active',
      token,
      codeIssuedAt: stamp,
      version: 1,
      createdBy: principal.userId,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .go();
  return { site: siteView(data, true), audit: auditOf('create', data, null, '新增粉尘场所') };
}

type Changes = Partial<
  Pick<DustSiteItem, 'name' | 'location' | 'dustType' | 'contactPhone' | 'status' | 'token' | 'codeIssuedAt'>
>;

/**
 * Changes a site if nobody changed it since `before` was read: else 409. A patch, not a put, so that the
 * `lastSatisfiedDay` the cleanings keep (without a version bump) is never written back from an older read; the
 * index composites are set again because `status` is part of every list key.
 */
async function changeSite(before: DustSiteItem, changes: Changes, at: Date): Promise<DustSiteItem> {
  const { enterpriseId, districtId, townId, status } = before;
  try {
    const { data } = await dustSite
      .patch({ siteId: before.siteId })
      .set({ status, ...changes, enterpriseId, districtId, townId, updatedAt: at.toISOString() })
      .add({ version: 1 })
      .where((a, op) => op.eq(a.version, before.version))
      .go({ response: 'all_new' });
    return data as DustSiteItem;
  } catch (error) {
    if (isConditionFailure(error))
      throw new ConflictError('DUST_SITE_CHANGED', '该粉尘场所刚被修改，请刷新后重试');
    throw error;
  }
}

/** A full edit (the enterprise and the code stay); status retired here retires it as DELETE does. */
export async function updateSite(principal: Principal, siteId: string, input: DustSiteUpdate, at: Date) {
  const before = await managedSite(principal, siteId);
  const { name, location, dustType, contactPhone, status } = input;
  const item = await changeSite(before, { name, location, dustType, contactPhone, status }, at);
  const retiring = before.status === 'active' && item.status === 'retired';
  return {
    site: siteView(item, true),
    audit: auditOf(retiring ? 'retire' : 'update', item, before, retiring ? '停用粉尘场所' : '修改粉尘场所'),
  };
}

/** DELETE retires: nothing is deleted (cleanings keep naming it) and its code stops accepting uploads. */
export async function retireSite(principal: Principal, siteId: string, at: Date) {
  const before = await managedSite(principal, siteId);
  const item = before.status === 'retired' ? before : await changeSite(before, { status: 'retired' }, at);
  return { audit: auditOf('retire', item, before, '停用粉尘场所') };
}

/** A new token for the site's QR; the old code stops working at once (the site no longer carries it). */
export async function reissueSiteCode(principal: Principal, siteId: string, at: Date) {
  const before = await managedSite(principal, siteId);
  if (before.status === 'retired')
    throw new ConflictError('DUST_SITE_RETIRED', '粉尘场所已停用，不能重新生成场所码；请先将其改为在用');
  const token = await claimSiteToken(siteId, at, newCodeToken);
  const item = await changeSite(before, { token, codeIssuedAt: at.toISOString() }, at);
  await releaseSiteToken(before.token);
  return { site: siteView(item, true), audit: auditOf('reissueCode', item, before, '重新生成场所码') };
}

export async function getSite(principal: Principal, siteId: string): Promise<DustSiteView> {
  const item = await visibleSite(principal, siteId);
  return siteView(item, mayManageSite(principal, item));
}
