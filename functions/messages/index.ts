/**
 * What other capabilities may use of messages: the day's messages with status and district (the stats job's
 * census), and putting an SMS in the outbox (the dispatcher sends it).
 */
export { listMessageCensusOfDay, type MessageCensusRow } from '#functions/messages/store/census';
export { type EnqueueInput, enqueue } from '#functions/messages/store/outbox';
