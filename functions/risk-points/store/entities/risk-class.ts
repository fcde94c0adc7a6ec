import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';
import { riskLevels } from '#functions/risk-points/domain/types';

/** The one `byDictionary` partition: the whole dictionary (about a hundred classes), in `position` order. */
export const DICTIONARY = 'dictionary';

/**
 * A class of the 风险报告管控辞典. Access patterns:
 * - the class C (get; edits are conditional on the `version` read)
 * - the dictionary in order (gsi1 `byDictionary`: seeded classes first in family order, then added ones by
 *   creation; level, family and status are filters on it)
 */
export const riskClass = new Entity(
  {
    model: { entity: 'riskClass', version: '1', service: 'changan' },
    attributes: {
      classId: { type: 'string', required: true },
      family: { type: 'string', required: true },
      name: { type: 'string', required: true },
      level: { type: riskLevels, required: true },
      cycleDays: { type: 'number', required: true },
      controls: { type: 'list', items: { type: 'string' }, required: true },
      checklist: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            itemId: { type: 'string', required: true },
            text: { type: 'string', required: true },
            photoRequired: { type: 'boolean', required: true },
          },
        },
      },
      status: { type: ['active', 'retired'] as const, required: true },
      seeded: { type: 'boolean', required: true },
      dictionary: { type: 'string', required: true, default: DICTIONARY },
      /** `s<nn>` for seeded classes (seed order), `u<ulid>` for added ones. */
      position: { type: 'string', required: true },
      version: { type: 'number', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['classId'] }, sk: { field: 'sk', composite: [] } },
      byDictionary: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['dictionary'] },
        sk: { field: 'gsi1sk', composite: ['position'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
