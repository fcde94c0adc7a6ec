import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/** A form item as the patrol saw it: its id, its text and whether the city or the district added it. */
const itemProperties = {
  itemId: { type: 'string', required: true },
  text: { type: 'string', required: true },
  origin: { type: ['city', 'district'] as const, required: true },
} as const;

/**
 * One 网格化巡查 (a grid member's patrol of an enterprise in its grid). It keeps the exact form items (ids and
 * text) it was made with, so a later form edit changes nothing here. Its id is derived from the recorder and
 * the phone's `clientId`: a retried request is one conditional put that finds the first. `pending` is the crash
 * marker: set on the put, removed once the hazards and the grid entry are written; a retry finishes them.
 * `day` is the Asia/Shanghai day of `at`. Access patterns (all key ranges, helper capabilities read them):
 * - the patrol P (get)
 * - a district's patrols in a day range (gsi1 `byDistrict`): district and city lists, period rates
 * - a town's patrols in a day range / since a day (gsi2 `byTown`): town lists, repeated findings
 * - an enterprise's patrols since a day (gsi3 `byEnterprise`): the enterprise filter, due dates, repeats
 * - a grid's patrols in a day range: the companion `patrolGridEntry` (its main-table key is the grid)
 */
export const patrol = new Entity(
  {
    model: { entity: 'patrol', version: '1', service: 'changan' },
    attributes: {
      patrolId: { type: 'string', required: true },
      clientId: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      enterpriseName: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
      gridId: { type: 'string', required: true },
      day: { type: 'string', required: true },
      at: { type: 'string', required: true },
      patrolledBy: { type: 'string', required: true },
      patrolledByName: { type: 'string', required: true },
      /** `city-v3+xinbei-v2`: the versions of the city form and the district's additions used. */
      formVersion: { type: 'string', required: true },
      cityVersion: { type: 'number', required: true },
      districtVersion: { type: 'number', required: true },
      items: { type: 'list', items: { type: 'map', properties: itemProperties }, required: true },
      answers: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            itemId: { type: 'string', required: true },
            answer: { type: ['pass', 'fail', 'na'] as const, required: true },
            note: { type: 'string' },
          },
        },
      },
      failedItemIds: { type: 'list', items: { type: 'string' }, required: true },
      hazardIds: { type: 'list', items: { type: 'string' }, required: true },
      hazardCategories: { type: 'list', items: { type: 'string' }, required: true },
      hazards: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            hazardId: { type: 'string', required: true },
            description: { type: 'string', required: true },
            level: { type: ['general', 'major'] as const, required: true },
            category: { type: 'string', required: true },
            majorCategory: { type: 'string' },
            photoIds: { type: 'list', items: { type: 'string' }, required: true },
          },
        },
      },
      photoIds: { type: 'list', items: { type: 'string' }, required: true },
      /** 常安码 use checked: whether the member looked at the enterprise's overdue points, and which they were. */
      codeChecked: { type: 'boolean', required: true },
      overdueRiskPoints: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            riskPointId: { type: 'string', required: true },
            name: { type: 'string', required: true },
          },
        },
      },
      note: { type: 'string' },
      pending: { type: 'boolean' },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['patrolId'] }, sk: { field: 'sk', composite: [] } },
      byDistrict: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['districtId'] },
        sk: { field: 'gsi1sk', composite: ['day', 'at', 'patrolId'] },
      },
      byTown: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['townId'] },
        sk: { field: 'gsi2sk', composite: ['day', 'at', 'patrolId'] },
      },
      byEnterprise: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['enterpriseId'] },
        sk: { field: 'gsi3sk', composite: ['day', 'at', 'patrolId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

/**
 * The grid's index of its patrols (pk grid, sk day + at + patrol): the main table has three GSIs and the
 * patrol uses them for district, town and enterprise, so the grid range lives on this small companion item,
 * written after the patrol (idempotent put) and carrying the facts the rate and list readers need.
 */
export const patrolGridEntry = new Entity(
  {
    model: { entity: 'patrolGridEntry', version: '1', service: 'changan' },
    attributes: {
      gridId: { type: 'string', required: true },
      day: { type: 'string', required: true },
      at: { type: 'string', required: true },
      patrolId: { type: 'string', required: true },
      enterpriseId: { type: 'string', required: true },
      districtId: { type: 'string', required: true },
      townId: { type: 'string', required: true },
    },
    indexes: {
      byGrid: {
        pk: { field: 'pk', composite: ['gridId'] },
        sk: { field: 'sk', composite: ['day', 'at', 'patrolId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
