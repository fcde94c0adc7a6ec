import type { DustSiteView } from '#functions/dust-sites/schemas';
import { type DustSiteItem, dustSite } from '#functions/dust-sites/store/entities/dust-site';
import { NotFoundError } from '#functions/platform/errors';
import { maskPhone } from '#functions/platform/phone';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

export type { DustSiteItem };

export async function getSiteItem(siteId: string): Promise<DustSiteItem | undefined> {
  return (await dustSite.get({ siteId }).go()).data ?? undefined;
}

/** Managers in scope change a site; the enterprise, towns and grids read it. */
export function mayManageSite(principal: Principal, item: DustSiteItem): boolean {
  return ['cityAdmin', 'districtAdmin'].includes(principal.role) && inScope(principal, item);
}

/** A site as the API answers it; the contact's phone is personal data: in full only for its managers. */
export function siteView(item: DustSiteItem, fullPhone = false): DustSiteView {
  const { version: _version, createdBy: _createdBy, contactPhone, ...rest } = item;
  return {
    ...rest,
    id: item.siteId,
    contactPhone: (fullPhone ? contactPhone : maskPhone(contactPhone)) ?? '',
  };
}

/** A site the caller may see, or 404 (out of scope looks like missing, DOMAIN.md). */
export async function visibleSite(principal: Principal, siteId: string): Promise<DustSiteItem> {
  const item = await getSiteItem(siteId);
  if (!item || !inScope(principal, item)) throw new NotFoundError();
  return item;
}

/** A site the caller may change, or 404 (a reader gets 403 from the route's roles before this). */
export async function managedSite(principal: Principal, siteId: string): Promise<DustSiteItem> {
  const item = await visibleSite(principal, siteId);
  if (!mayManageSite(principal, item)) throw new NotFoundError();
  return item;
}
