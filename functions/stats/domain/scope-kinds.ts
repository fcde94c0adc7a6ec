/** The areas a stats snapshot is kept for (schemas.ts and the snapshot entity share them; no zod here). */
export const statsScopeKinds = ['city', 'district', 'town', 'grid'] as const;
export type StatsScopeKind = (typeof statsScopeKinds)[number];
