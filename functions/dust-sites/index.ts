/**
 * What other capabilities may use of dust-sites (重点粉尘场所): a site by its code or id, the active sites for
 * the ladder and rate jobs, the latest satisfied day dust-cleanings keeps, and a direct write for the seed.
 */

export { dustScanUrl, dustTypes } from '#functions/dust-sites/domain/dust-types';
export {
  activeDustSites,
  type DustSite,
  dustSiteByToken,
  getDustSite,
  putDustSiteForSeed,
  setLastSatisfiedDay,
} from '#functions/dust-sites/store/contract';
