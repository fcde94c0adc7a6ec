import { buckets, tables } from '#functions/manifest';
import { caller } from '#functions/platform/caller';
import { type LocalStack, startLocalStack } from '#infra/local/stack';

/**
 * What the local IAM tests share: a local stack per test file, started by `startIamStack` in the file's
 * `beforeAll`, that logs into `logged`. The bindings below are live, so a test file reads them once the
 * stack is up.
 */
export let stack: LocalStack;
export const logged: string[] = [];
// The handlers' own clients (functions/platform), imported once the stack has set their endpoints.
export let documentClient: typeof import('#tests/fixtures/dynamo-commands').commandClient;
export let s3: typeof import('#functions/platform/s3');

export async function startIamStack() {
  stack = await startLocalStack({ port: 0, log: (line) => logged.push(line) });
  ({ commandClient: documentClient } = await import('#tests/fixtures/dynamo-commands'));
  s3 = await import('#functions/platform/s3');
}

export async function stopIamStack() {
  await stack?.stop();
}

export const main = tables.main.localName;
export const audit = tables.audit.localName;
export const transfersBucket = buckets.transfers.localName;
export const photosBucket = buckets.photos.localName;
let counter = 0;
export const key = () => ({ pk: `iam-test#${++counter}`, sk: 'item' });
/** A conditional put as ElectroDB's `create` sends it (the audit middleware's append). */
export const createOnly = {
  ConditionExpression: 'attribute_not_exists(#pk) AND attribute_not_exists(#sk)',
  ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
};

/** Runs `call` as the manifest function `functionName`, as `invoke()` runs a handler. */
export const as = <T>(functionName: string, call: () => Promise<T>) => caller.run({ functionName }, call);

/** The error an SDK call failed with (or fails the test if it succeeded). */
export async function failure(
  call: Promise<unknown>,
): Promise<{ name: string; message: string; status?: number }> {
  try {
    await call;
  } catch (error) {
    const { name, message, $metadata } = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name, message, status: $metadata?.httpStatusCode };
  }
  throw new Error('expected the call to be denied, but it succeeded');
}
