import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';
import { roles } from '#functions/platform/manifest-types';

/**
 * A console or enterprise account. Scope fields follow the role: districtAdmin has districtId; townOfficer
 * districtId + townId; gridMember districtId + townId + gridId; enterpriseUser enterpriseId (+ its district);
 * agencyUser agencyId (no district).
 * Access patterns:
 * - the user U (get by id; login reads it after the username claim)
 * - every user, optionally of one role, newest first (query byCity, gsi1) — city admin's list
 * - the users of district D, optionally of one role (query byDistrict, gsi2) — district admin's list
 * - the users of town T, optionally of one role (query byTown, gsi3) — town filter; "does town T still have users"
 */
export const user = new Entity(
  {
    model: { entity: 'user', version: '1', service: 'changan' },
    attributes: {
      userId: { type: 'string', required: true },
      username: { type: 'string', required: true },
      name: { type: 'string', required: true },
      phone: { type: 'string' },
      role: { type: roles, required: true },
      districtId: { type: 'string' },
      townId: { type: 'string' },
      gridId: { type: 'string' },
      enterpriseId: { type: 'string' },
      agencyId: { type: 'string' },
      isPrincipal: { type: 'boolean', required: true, default: false },
      disabled: { type: 'boolean', required: true, default: false },
      mustChangePassword: { type: 'boolean', required: true, default: false },
      passwordHash: { type: 'string', required: true },
      /** Bumped when the account is disabled or its password reset: older tokens stop working. */
      tokenVersion: { type: 'number', required: true, default: 0 },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: {
        pk: { field: 'pk', composite: ['userId'] },
        sk: { field: 'sk', composite: [] },
      },
      byCity: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: [], template: 'users' },
        sk: { field: 'gsi1sk', composite: ['role', 'userId'] },
      },
      byDistrict: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['districtId'] },
        sk: { field: 'gsi2sk', composite: ['role', 'userId'] },
      },
      byTown: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['townId'] },
        sk: { field: 'gsi3sk', composite: ['role', 'userId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
