import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * Failed logins of one username in the current 15-minute window, and the lock they caused. Kept per username,
 * known or not, so that the lockout tells nothing about which accounts exist.
 * Access patterns:
 * - the attempts on username N (get; conditional add / reset / lock; delete on success)
 */
export const loginAttempt = new Entity(
  {
    model: { entity: 'loginAttempt', version: '1', service: 'changan' },
    attributes: {
      username: { type: 'string', required: true },
      /** Attempts reserved in the window (a success deletes the item). */
      failures: { type: 'number', required: true },
      windowStart: { type: 'string', required: true },
      lastAttemptAt: { type: 'string' },
      lockedUntil: { type: 'string' },
    },
    indexes: {
      byUsername: {
        pk: { field: 'pk', composite: ['username'] },
        sk: { field: 'sk', composite: [] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
