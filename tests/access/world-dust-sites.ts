import type { LocalStack } from '#infra/local/stack';
import type { KnownRow, Targets } from './world';
import { post, uniqueName } from './world';

type Headers = Record<string, string>;

/** dust-sites: a site of each target enterprise (and of the world's other enterprises; all flagged 涉爆粉尘). */
export interface DustSiteWorld {
  dustSites: Targets;
  dustSiteRows: KnownRow[];
}

export const validDustSite = (overrides: Record<string, unknown> = {}) => ({
  name: uniqueName('抛光车间'),
  location: '厂区东侧一号车间',
  dustType: '铝粉',
  contactPhone: '13912345678',
  ...overrides,
});

/** A site of `enterpriseId`, made by the city admin. */
export async function freshDustSite(stack: LocalStack, city: Headers, enterpriseId: string) {
  return (await post(stack, city, '/api/dust-sites', validDustSite({ enterpriseId }))) as {
    id: string;
    token: string;
  };
}

export async function dustSitesOf(
  stack: LocalStack,
  city: Headers,
  enterprises: Targets,
  more: KnownRow[],
): Promise<DustSiteWorld> {
  const made = {} as Targets;
  for (const ownership of ['own', 'sameDistrict', 'otherDistrict'] as const)
    made[ownership] = (await freshDustSite(stack, city, enterprises[ownership])).id;
  const extra: KnownRow[] = [];
  for (const row of more) extra.push({ id: (await freshDustSite(stack, city, row.id)).id, place: row.place });
  return { dustSites: made, dustSiteRows: extra };
}
