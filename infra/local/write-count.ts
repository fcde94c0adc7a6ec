import type { IncomingMessage, Server } from 'node:http';
import { dynamoAction, interceptRequests } from './intercept';

/** DynamoDB actions that may change an item or a table (every other action only reads). */
const DYNAMO_WRITES = new Set([
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
  'ExecuteStatement',
  'BatchExecuteStatement',
  'ExecuteTransaction',
  'CreateTable',
  'UpdateTable',
  'DeleteTable',
]);

/** S3 methods that may change an object or a bucket (presigned POST uploads included). */
const S3_WRITES = new Set(['PUT', 'POST', 'DELETE']);

function mayWrite(service: 'dynamodb' | 's3', incoming: IncomingMessage): boolean {
  if (service === 's3') return S3_WRITES.has(incoming.method ?? 'GET');
  return DYNAMO_WRITES.has(dynamoAction(incoming));
}

/**
 * Counts the requests to an emulator that may have changed its storage, whatever their answer, each when its
 * response has been sent (so a write still in flight when the count is read is counted later, never missed).
 * Wraps every request listener the server has: install it last, outside the local IAM guard.
 */
export function countWrites(server: Server, service: 'dynamodb' | 's3'): () => number {
  let writes = 0;
  interceptRequests(server, (incoming, outgoing, pass) => {
    if (mayWrite(service, incoming))
      outgoing.once('close', () => {
        writes += 1;
      });
    pass(incoming, outgoing);
  });
  return () => writes;
}
