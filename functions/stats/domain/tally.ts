import { districtName, districts } from '#functions/platform/districts';
import type { EnterpriseCounts, StatsArea, StatsScopeKind, StatsSnapshot } from '#functions/stats/schemas';

/** An enterprise as the census reads it: where it sits and its status. */
export interface CensusEnterprise {
  id: string;
  districtId: string;
  townId: string;
  gridId?: string;
  status: string;
}

/** An account: an enterprise user sits where its enterprise sits, every other account where it is placed. */
export interface CensusAccount {
  role: string;
  districtId?: string;
  townId?: string;
  gridId?: string;
  enterpriseId?: string;
  disabled: boolean;
}

export interface CensusMessage {
  status: string;
  districtId?: string;
}

/** Town and grid names by id (the org directory); an id it does not know is shown as it is. */
export interface AreaNames {
  town(id: string): { name: string } | undefined;
  grid(id: string): { name: string } | undefined;
}

export interface Census {
  enterprises: readonly CensusEnterprise[];
  accounts: readonly CensusAccount[];
  /** The messages created on `day`. */
  messages: readonly CensusMessage[];
  names: AreaNames;
  /** Asia/Shanghai day the messages belong to. */
  day: string;
  generatedAt: string;
}

interface Bucket {
  kind: StatsScopeKind;
  id: string;
  enterprises: EnterpriseCounts;
  /** The areas one level down, by id (null = 网格外 of a town). */
  areas: Map<string | null, EnterpriseCounts>;
  accounts: { total: number; disabled: number; byRole: Record<string, number> };
  messages: { total: number; byStatus: Record<string, number> } | null;
}

/** The 7 districts' fixed order (platform/districts.ts), which the city's areas keep. */
const districtOrder = new Map<string, number>(districts.map((district, index) => [district.id, index]));

const emptyCounts = (): EnterpriseCounts => ({ total: 0, inGrid: 0, byStatus: {} });
const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

function countEnterprise(counts: EnterpriseCounts, enterprise: CensusEnterprise) {
  counts.total += 1;
  if (enterprise.gridId) counts.inGrid += 1;
  bump(counts.byStatus, enterprise.status);
}

function areaOf(bucket: Bucket, id: string | null): EnterpriseCounts {
  const found = bucket.areas.get(id);
  if (found) return found;
  const counts = emptyCounts();
  bucket.areas.set(id, counts);
  return counts;
}

/**
 * The dashboard's snapshots, one per area that has anything (the city and the 7 districts always): enterprises
 * by status and inside a grid, the same for each area one level down, accounts by role, and — for the city and
 * the districts, whose managers read the SMS outbox — the day's messages by status. Reads each record once.
 */
export function tallyStats(census: Census): StatsSnapshot[] {
  const buckets = new Map<string, Bucket>();
  const bucket = (kind: StatsScopeKind, id: string): Bucket => {
    const key = `${kind}#${id}`;
    let found = buckets.get(key);
    if (!found) {
      const messages = kind === 'city' || kind === 'district' ? { total: 0, byStatus: {} } : null;
      found = {
        kind,
        id,
        enterprises: emptyCounts(),
        areas: new Map(),
        accounts: { total: 0, disabled: 0, byRole: {} },
        messages,
      };
      buckets.set(key, found);
    }
    return found;
  };
  const city = bucket('city', 'city');
  for (const district of districts) {
    bucket('district', district.id);
    areaOf(city, district.id);
  }

  const placeOf = new Map<string, CensusEnterprise>();
  for (const enterprise of census.enterprises) {
    placeOf.set(enterprise.id, enterprise);
    const district = bucket('district', enterprise.districtId);
    const town = bucket('town', enterprise.townId);
    const chain = [city, district, town, ...(enterprise.gridId ? [bucket('grid', enterprise.gridId)] : [])];
    for (const each of chain) countEnterprise(each.enterprises, enterprise);
    countEnterprise(areaOf(city, enterprise.districtId), enterprise);
    countEnterprise(areaOf(district, enterprise.townId), enterprise);
    countEnterprise(areaOf(town, enterprise.gridId ?? null), enterprise);
  }

  for (const account of census.accounts) {
    const place =
      account.role === 'enterpriseUser' && account.enterpriseId
        ? (placeOf.get(account.enterpriseId) ?? { districtId: account.districtId })
        : account;
    const { districtId, townId, gridId } = place as Partial<CensusEnterprise>;
    const chain = [city];
    if (districtId) chain.push(bucket('district', districtId));
    if (townId) chain.push(bucket('town', townId));
    if (gridId) chain.push(bucket('grid', gridId));
    // A town or grid with accounts but no enterprise yet is still listed, with zeros.
    if (districtId && townId) areaOf(bucket('district', districtId), townId);
    if (townId && gridId) areaOf(bucket('town', townId), gridId);
    for (const each of chain) {
      each.accounts.total += 1;
      if (account.disabled) each.accounts.disabled += 1;
      bump(each.accounts.byRole, account.role);
    }
  }

  for (const message of census.messages) {
    const { districtId } = message;
    const chain = [
      city,
      ...(districtId && districtOrder.has(districtId) ? [bucket('district', districtId)] : []),
    ];
    for (const each of chain) {
      if (!each.messages) continue;
      each.messages.total += 1;
      bump(each.messages.byStatus, message.status);
    }
  }

  return [...buckets.values()].map((each) => snapshotOf(each, census));
}

function nameOf(kind: StatsScopeKind, id: string, names: AreaNames): string | null {
  if (kind === 'city') return null;
  if (kind === 'district') return districtName(id) ?? id;
  return (kind === 'town' ? names.town(id) : names.grid(id))?.name ?? id;
}

/** The kind of the areas one level below `kind` (a grid has none). */
const childKind = { city: 'district', district: 'town', town: 'grid', grid: 'grid' } as const;

function byPlace(kind: StatsScopeKind) {
  return (a: StatsArea, b: StatsArea): number => {
    if (a.id === null || b.id === null) return a.id === null ? 1 : -1; // 网格外 last
    if (kind === 'city') return (districtOrder.get(a.id) ?? 99) - (districtOrder.get(b.id) ?? 99);
    return (a.name ?? '').localeCompare(b.name ?? '', 'zh-Hans-CN', { numeric: true });
  };
}

function snapshotOf(bucket: Bucket, census: Census): StatsSnapshot {
  const areas = [...bucket.areas.entries()]
    .map(([id, counts]) => ({
      id,
      name: id === null ? null : nameOf(childKind[bucket.kind], id, census.names),
      ...counts,
    }))
    .sort(byPlace(bucket.kind));
  return {
    scope: { kind: bucket.kind, id: bucket.id, name: nameOf(bucket.kind, bucket.id, census.names) },
    generatedAt: census.generatedAt,
    enterprises: bucket.enterprises,
    areas,
    accounts: bucket.accounts,
    messagesToday: bucket.messages && { day: census.day, ...bucket.messages },
  };
}
