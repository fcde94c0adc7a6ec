import { Entity } from 'electrodb';
import { documentClient, tableName } from '#functions/platform/dynamo';

/**
 * Login attempts in the current 15-minute window, and the lock they caused, for one subject seen from one client
 * address: `user#<username>` (known or not, so that the lockout tells nothing about which accounts exist) per
 * address, and `address#<ip>` (every username from that address; `address` is `-`).
 * Access patterns:
 * - the attempts of subject S from address A (get; conditional add / reset / lock; delete on success)
 * - every address's attempts on username N (query: the user detail's lock, unlock, password reset)
 */
export const loginAttempt = new Entity(
  {
    model: { entity: 'loginAttempt', version: '2', service: 'changan' },
    attributes: {
      subject: { type: 'string', required: true },
      address: { type: 'string', required: true },
      /** Attempts reserved in the window (a success deletes the item). */
      failures: { type: 'number', required: true },
      windowStart: { type: 'string', required: true },
      lastAttemptAt: { type: 'string' },
      lockedUntil: { type: 'string' },
    },
    indexes: {
      bySubject: {
        pk: { field: 'pk', composite: ['subject'] },
        sk: { field: 'sk', composite: ['address'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);
