/** The fields of a dust site (functions/dust-sites `DustSite`) the ladder and the rate use. */
export interface LadderSite {
  siteId: string;
  enterpriseId: string;
  districtId: string;
  townId: string;
  name: string;
  location: string;
  contactPhone: string;
  /** The Beijing day of createdAt. */
  createdDay: string;
  lastSatisfiedDay?: string;
}
