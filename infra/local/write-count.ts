import type { IncomingMessage, Server, ServerResponse } from 'node:http';

type Listener = (incoming: IncomingMessage, outgoing: ServerResponse) => void;

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
  const action = String(incoming.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
  return DYNAMO_WRITES.has(action);
}

/**
 * Counts the requests to an emulator that may have changed its storage, whatever their answer, each when its
 * response has been sent (so a write still in flight when the count is read is counted later, never missed).
 * Wraps every request listener the server has: install it last, outside the local IAM guard.
 */
export function countWrites(server: Server, service: 'dynamodb' | 's3'): () => number {
  let writes = 0;
  const emulator = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  server.on('request', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (mayWrite(service, incoming))
      outgoing.once('close', () => {
        writes += 1;
      });
    for (const listener of emulator) listener(incoming, outgoing);
  });
  return () => writes;
}
