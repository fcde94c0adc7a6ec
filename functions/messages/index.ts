/**
 * What other capabilities may use of messages: the day's messages with status and district (the stats job's
 * census), and putting SMS in the outbox, one or a job's many (the dispatcher sends them).
 */
export { listMessageCensusOfDay, type MessageCensusRow } from '#functions/messages/store/census';
export { type EnqueueInput, enqueue } from '#functions/messages/store/outbox';
export { type EnqueueAllOptions, type EnqueueEntry, enqueueAll } from '#functions/messages/store/outbox-many';
