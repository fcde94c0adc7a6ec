/** What the lists benchmark's seed (`lists-seed.ts`) leaves beside its data, for the benchmark to use. */
export interface SeededCity {
  version: number;
  enterprises: number;
  users: number;
  items: number;
  seconds: number;
  /** A district, a town of it and a grid of that town: where the admin, officer and member below work. */
  place: { districtId: string; townId: string; gridId: string };
  usernames: Record<'cityAdmin' | 'districtAdmin' | 'townOfficer' | 'gridMember' | 'enterpriseUser', string>;
}

/** Bump when the seed writes something else: a cached city of another version is seeded again. */
export const SEED_VERSION = 2;
export const BENCH_PASSWORD = 'Changan2026';
