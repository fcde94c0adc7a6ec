/** What other capabilities may use of messages: putting an SMS in the outbox (the dispatcher sends it). */
export { type EnqueueInput, enqueue } from '#functions/messages/store/outbox';
