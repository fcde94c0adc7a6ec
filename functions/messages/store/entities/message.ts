import { Entity } from 'electrodb';
import { isDueQueue } from '#functions/messages/domain/shards';
import { messageStatuses } from '#functions/messages/domain/statuses';
import { documentClient, tableName } from '#functions/platform/dynamo';

/** The `byCity` partition: every message, newest first. */
export const CITY_PLACE = 'city';

/**
 * One SMS in the outbox (ARCHITECTURE.md §8). Its id is derived from the idempotency key, so enqueueing the same
 * key twice is one conditional put that finds the first. Access patterns:
 * - the message M (get; conditional claim PENDING/FAILED → SENDING with a lease; marks fenced by the claim)
 * - due messages (gsi1 `due`, sparse: only PENDING, FAILED and SENDING items carry `dueQueue`, the message's
 *   shard `due#00` … `due#15` (domain/shards.ts; `due` for messages written before the shards); sorted by
 *   `nextAttemptAt`, which for SENDING is the lease's end, so an expired lease is simply due again)
 * - a district's messages, newest first (gsi2 `byDistrict`; messages without a district sit in `none`)
 * - the city's messages, newest first (gsi3 `byCity`)
 */
export const message = new Entity(
  {
    model: { entity: 'message', version: '1', service: 'changan' },
    attributes: {
      messageId: { type: 'string', required: true },
      idempotencyKey: { type: 'string', required: true },
      template: { type: 'string', required: true },
      params: { type: 'any', required: true },
      text: { type: 'string', required: true },
      segments: { type: 'number', required: true },
      recipient: {
        type: 'map',
        required: true,
        properties: {
          userId: { type: 'string' },
          name: { type: 'string' },
          phone: { type: 'string', required: true },
        },
      },
      status: { type: messageStatuses, required: true },
      urgent: { type: 'boolean', required: true },
      attempts: { type: 'number', required: true, default: 0 },
      dueQueue: { type: 'string' },
      nextAttemptAt: { type: 'string' },
      leaseUntil: { type: 'string' },
      /** The dispatcher run holding a SENDING message: marks are conditional on it. */
      claimId: { type: 'string' },
      /** The Asia/Shanghai day this message was counted against its recipient's daily cap. */
      countedDay: { type: 'string' },
      lastError: { type: 'string' },
      providerMessageId: { type: 'string' },
      history: { type: 'any' },
      concerns: { type: 'map', properties: { entity: { type: 'string' }, id: { type: 'string' } } },
      districtId: { type: 'string' },
      /** `districtId`, or `none`: the byDistrict partition. */
      place: { type: 'string', required: true },
      city: { type: 'string', required: true, default: CITY_PLACE },
      enqueuedBy: { type: 'string', required: true },
      createdAt: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
      sentAt: { type: 'string' },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['messageId'] }, sk: { field: 'sk', composite: [] } },
      due: {
        index: 'gsi1',
        /** Sparse: keys are written only while the message waits; ElectroDB removes them when this is false. */
        condition: (attributes) => isDueQueue(attributes.dueQueue),
        pk: { field: 'gsi1pk', composite: ['dueQueue'] },
        sk: { field: 'gsi1sk', composite: ['nextAttemptAt'] },
      },
      byDistrict: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['place'] },
        sk: { field: 'gsi2sk', composite: ['createdAt', 'messageId'] },
      },
      byCity: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['city'] },
        sk: { field: 'gsi3sk', composite: ['createdAt', 'messageId'] },
      },
    },
  },
  { client: documentClient, table: tableName },
);

/** The per-recipient daily counter (SMS_DAILY_CAP): one item per phone and Asia/Shanghai day. */
export const smsDailyCount = new Entity(
  {
    model: { entity: 'smsDailyCount', version: '1', service: 'changan' },
    attributes: {
      phone: { type: 'string', required: true },
      day: { type: 'string', required: true },
      count: { type: 'number', required: true, default: 0 },
      /** Epoch seconds; a TTL attribute for tables that enable it (the counter is worthless after its day). */
      expiresAt: { type: 'number' },
    },
    indexes: {
      byPhoneDay: { pk: { field: 'pk', composite: ['phone', 'day'] }, sk: { field: 'sk', composite: [] } },
    },
  },
  { client: documentClient, table: tableName },
);
