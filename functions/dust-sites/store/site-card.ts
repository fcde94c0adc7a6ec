import { siteDays } from '#functions/dust-cleanings/index';
import type { DustSiteCard } from '#functions/dust-sites/schemas';
import { dustSiteByToken } from '#functions/dust-sites/store/contract';
import { businessDay } from '#functions/platform/clock';
import { ConflictError, NotFoundError } from '#functions/platform/errors';
import { isSupervisor, type Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';

/** One answer for an unknown code, a re-issued one and a site out of the caller's reach: nothing leaks. */
const NOT_FOUND = '场所码无效或已作废，或该粉尘场所不属于本企业：请扫描粉尘场所现场张贴的最新二维码';
/** The same words POST /api/dust-cleanings answers a retired site with. */
const RETIRED = '该粉尘场所已停用，无需上报清扫照片；如有疑问请联系企业安全管理人员';

/**
 * What a scanned site code shows: the enterprise's own users (who upload) and supervisors in scope (who read)
 * see the site and today's count; anyone else 404. A retired site is 409, as the upload would be: the page
 * says so instead of offering a camera whose photos the server would refuse.
 */
export async function siteCardOfToken(principal: Principal, token: string, at: Date): Promise<DustSiteCard> {
  const site = await dustSiteByToken(token);
  if (!site) throw new NotFoundError(NOT_FOUND);
  const own = principal.role === 'enterpriseUser' && principal.enterpriseId === site.enterpriseId;
  if (!own && !(isSupervisor(principal) && inScope(principal, site))) throw new NotFoundError(NOT_FOUND);
  if (site.status !== 'active') throw new ConflictError('DUST_SITE_RETIRED', RETIRED);
  const day = businessDay(at);
  const [today] = await siteDays(site.siteId, day, day);
  return {
    siteId: site.siteId,
    enterpriseId: site.enterpriseId,
    enterpriseName: site.enterpriseName,
    name: site.name,
    location: site.location,
    dustType: site.dustType,
    status: site.status,
    today: { day, uploaded: today?.count ?? 0 },
  };
}
