import type { TableSpec } from '#functions/lib/manifest-types';

/**
 * The audit log lives in its own table so that IAM can make it append-only: writers get PutItem alone, readers
 * Query alone, and no function may update or delete an entry. Keys: see `entities/audit-entry.ts`.
 */
export const auditTable = {
  envVar: 'AUDIT_TABLE_NAME',
  localName: 'audit',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
} as const satisfies TableSpec;
