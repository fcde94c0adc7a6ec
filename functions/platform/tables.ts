import type { TableSpec } from '#functions/platform/manifest-types';

/** The three overloaded GSIs that the main and audit tables' entities share out by access pattern. */
const overloadedIndexes = [
  { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
] as const;

/**
 * The one DynamoDB table (ARCHITECTURE.md §6). Its keys are overloaded by the ElectroDB entities in
 * `entities/`; each entity file lists the access patterns it serves on these indexes. The CDK table and the
 * local dynalite table are both created from this definition.
 */
export const mainTable = {
  envVar: 'TABLE_NAME',
  localName: 'main',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: overloadedIndexes,
} as const satisfies TableSpec;

/**
 * The audit log lives in its own table so that IAM can make it append-only: writers get PutItem alone, readers
 * Query alone, and no function may update or delete an entry. Keys: see `audit/entity.ts`.
 */
export const auditTable = {
  envVar: 'AUDIT_TABLE_NAME',
  localName: 'audit',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: overloadedIndexes,
} as const satisfies TableSpec;

/**
 * The token signing keys' public halves (the `config` / `jwks` item, `identity/store/entities/token-keys.ts`)
 * live in their own table so that IAM can let the auth group alone write them: every other group that verifies
 * tokens reads only, and no worker, job or event touches it. A key set in `main`, which many functions write,
 * would let any of them publish a key of its own and mint tokens for any role.
 */
export const keysTable = {
  envVar: 'KEYS_TABLE_NAME',
  localName: 'keys',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [],
} as const satisfies TableSpec;
