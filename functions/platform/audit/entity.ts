import { Entity } from 'electrodb';
import { auditTableName } from '#functions/platform/audit/db';
import { documentClient } from '#functions/platform/dynamo';
import { roles } from '#functions/platform/manifest-types';

/**
 * One supervisor write, in the append-only audit table: created with attribute_not_exists, never updated or
 * deleted (writers hold PutItem alone). Ids are ULIDs, so every list reads newest first.
 * Access patterns:
 * - the entries of district D, or of city-level records ('city') (query byDistrict, table keys)
 * - every entry (query byCity, gsi1) — the city admin's log
 * - the entries of actor A (query byActor, gsi2) — the actor filter
 * - the entries about one kind of record (query byEntity, gsi3) — the entity filter
 */
export const auditEntry = new Entity(
  {
    model: { entity: 'auditEntry', version: '1', service: 'changan' },
    attributes: {
      entryId: { type: 'string', required: true },
      at: { type: 'string', required: true },
      /** districtId, or 'city' for records outside any district; the partition of a district's log. */
      districtKey: { type: 'string', required: true },
      districtId: { type: 'string' },
      actorId: { type: 'string', required: true },
      actorName: { type: 'string', required: true },
      role: { type: roles, required: true },
      /** The actor's own scope when acting. */
      actorScope: { type: 'any' },
      action: { type: 'string', required: true },
      entity: { type: 'string', required: true },
      entityId: { type: 'string', required: true },
      summary: { type: 'string' },
      /** [{ field, before, after }], personal data masked. */
      changes: { type: 'any', required: true },
      requestId: { type: 'string', required: true },
      routeKey: { type: 'string', required: true },
    },
    indexes: {
      byDistrict: {
        pk: { field: 'pk', composite: ['districtKey'] },
        sk: { field: 'sk', composite: ['entryId'] },
      },
      byCity: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: [], template: 'audit' },
        sk: { field: 'gsi1sk', composite: ['entryId'] },
      },
      byActor: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['actorId'] },
        sk: { field: 'gsi2sk', composite: ['entryId'] },
      },
      byEntity: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['entity'] },
        sk: { field: 'gsi3sk', composite: ['entryId'] },
      },
    },
  },
  { client: documentClient, table: auditTableName },
);
