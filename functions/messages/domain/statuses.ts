/**
 * Where a message is in the outbox (ARCHITECTURE.md §8). Its own module, so that the entity (and whoever reads
 * messages through messages' index, like the stats job) does not bundle the route schemas.
 */
export const messageStatuses = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'DEAD'] as const;
