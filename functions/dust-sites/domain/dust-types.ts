/**
 * The dust types a site names (the seed's list: metal, wood, food, coal, plastic and textile dusts; 其他 for the
 * rest). A fixed list so that the rate and the gallery can group by it; a new kind is a code change.
 */
export const dustTypes = [
  '铝粉',
  '镁粉',
  '其他金属粉尘',
  '木粉',
  '面粉',
  '淀粉',
  '煤粉',
  '塑料粉尘',
  '纺织纤维粉尘',
  '其他',
] as const;
export type DustType = (typeof dustTypes)[number];

/** The URL a dust site's QR encodes (the phone page /m/d/<token> uploads the day's cleaning photos). */
export function dustScanUrl(consoleOrigin: string, token: string): string {
  return `${consoleOrigin.replace(/\/+$/, '')}/m/d/${token}`;
}

/** Who changes dust sites: managers in scope (the issue); enterprises, towns and grids read. */
export const siteWriters = ['cityAdmin', 'districtAdmin'] as const;
