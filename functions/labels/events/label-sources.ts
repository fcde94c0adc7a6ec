import { activeDustSites, type DustSite, dustScanUrl, getDustSite } from '#functions/dust-sites/index';
import { dustSiteFace, type LabelFace, riskPointFace } from '#functions/labels/pdf/faces';
import type { Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';
import { labelPointsFor, type RiskPointSelection } from '#functions/risk-points/index';

/** A label to print, with what the worker checks once more (repeats, an enterprise user's own enterprise). */
export interface SheetLabel {
  readonly id: string;
  readonly enterpriseId: string;
  readonly face: LabelFace;
}

/** The selection a sheet stored: `{ ids }` or `{ filter }`, with `kind: 'dustSite'` for dust site labels. */
export type StoredSelection = (
  | { ids: string[] }
  | { filter: Record<string, string | boolean | undefined> }
) & {
  kind?: 'dustSite';
};

/** Risk points through risk-points' own scoped reader (retired points skipped). */
async function* riskPointLabels(requester: Principal, selection: RiskPointSelection, origin: string) {
  for await (const page of labelPointsFor(requester, selection))
    yield page.map(
      (point): SheetLabel => ({
        id: point.riskPointId,
        enterpriseId: point.enterpriseId,
        face: riskPointFace(origin, point),
      }),
    );
}

const DUST_PAGE = 25;
const PLACE_FIELDS = ['enterpriseId', 'districtId', 'townId', 'gridId'] as const;

const printable = (requester: Principal, site: DustSite | null): site is DustSite =>
  site !== null && site.status === 'active' && inScope(requester, site);

const dustLabel =
  (origin: string) =>
  (site: DustSite): SheetLabel => ({
    id: site.siteId,
    enterpriseId: site.enterpriseId,
    face: dustSiteFace(site, dustScanUrl(origin, site.token)),
  });

/**
 * Dust sites the requester may print, active only. Selected ids are read one by one (a selection is a page of
 * a list); a filter walks the active sites (≈ 1,830 at the city's scale, read by district partition) and keeps
 * those of its places in the requester's scope: dust-sites offers no scoped lister to other capabilities.
 */
async function* dustSiteLabels(
  requester: Principal,
  selection: StoredSelection,
  origin: string,
): AsyncIterable<SheetLabel[]> {
  if ('ids' in selection) {
    for (let start = 0; start < selection.ids.length; start += DUST_PAGE) {
      const sites = await Promise.all(selection.ids.slice(start, start + DUST_PAGE).map(getDustSite));
      const page = sites.filter((site) => printable(requester, site)).map(dustLabel(origin));
      if (page.length) yield page;
    }
    return;
  }
  const filter = selection.filter;
  const wanted = (site: DustSite) =>
    PLACE_FIELDS.every((field) => typeof filter[field] !== 'string' || site[field] === filter[field]);
  for await (const sites of activeDustSites()) {
    const page = sites.filter((site) => printable(requester, site) && wanted(site)).map(dustLabel(origin));
    if (page.length) yield page;
  }
}

/** The labels of a stored selection, in pages, in print order. */
export function sheetLabels(
  requester: Principal,
  selection: StoredSelection,
  origin: string,
): AsyncIterable<SheetLabel[]> {
  if (selection.kind === 'dustSite') return dustSiteLabels(requester, selection, origin);
  const { kind: _kind, ...points } = selection;
  return riskPointLabels(requester, points as RiskPointSelection, origin);
}
