import type { IncomingHttpHeaders } from 'node:http';
import { buckets, events, groups, jobs, tables } from '#functions/manifest';
import type { AccessMode, Grants, TableSpec } from '#functions/platform/manifest-types';

/**
 * Local IAM. In AWS every function's role holds exactly its manifest grants (constructs/house-function.ts);
 * locally all handlers share one process, so each SDK request names its function (header x-changan-function,
 * set from `caller` by functions/platform/caller.ts) and a guard on dynalite's and s3rver's own servers
 * applies that function's grants with the same actions CDK grants. Requests without the header (tests, seed,
 * the stack's own setup, browsers through the gateway's /s3/) pass as an administrator.
 */

/** What an IAM policy would have to allow: `dynamodb:PutItem` on a table, `s3:GetObject` on an object. */
export interface Denial {
  readonly action: string;
  readonly resource: string;
  /** Why the grant the function has is not enough, when it has one. */
  readonly hint?: string;
}

/** Every manifest function by name: route groups, jobs and events (the names CDK gives their Lambdas). */
export function grantsByFunction(): ReadonlyMap<string, Grants> {
  const all: [string, Grants][] = [
    ...Object.entries(groups).map(([name, spec]): [string, Grants] => [name, spec.grants]),
    ...jobs.map((job): [string, Grants] => [job.name, job.grants]),
    ...events.map((event): [string, Grants] => [event.name, event.grants]),
  ];
  const byName = new Map<string, Grants>();
  for (const [name, grants] of all) {
    const known = byName.get(name);
    if (known && JSON.stringify(known) !== JSON.stringify(grants))
      throw new Error(
        `Local IAM: two manifest functions are named "${name}" with different grants; rename one`,
      );
    byName.set(name, grants);
  }
  return byName;
}

const canRead = (mode: AccessMode) => mode === 'read' || mode === 'readWrite' || mode === 'readAppend';
const canWrite = (mode: AccessMode) => mode === 'write' || mode === 'readWrite';
const canAppend = (mode: AccessMode) => mode === 'append' || mode === 'readAppend';

// The actions of CDK's Table.grantReadData / grantWriteData (aws-cdk-lib/aws-dynamodb perms); `append` is
// PutItem alone. Streams are not used, so their read actions are left out.
const dynamoRead = new Set([
  'BatchGetItem',
  'Query',
  'GetItem',
  'Scan',
  'ConditionCheckItem',
  'DescribeTable',
]);
const dynamoWrite = new Set(['BatchWriteItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'DescribeTable']);

interface DynamoRequirement {
  readonly action: string;
  readonly table: unknown;
  /** A PutItem's own request (for the append check). */
  readonly put?: PutLike;
}

interface PutLike {
  readonly ConditionExpression?: unknown;
  readonly ExpressionAttributeNames?: Record<string, string>;
}

const tableArn = (table: unknown) => `arn:aws:dynamodb:local:000000000000:table/${String(table)}`;
const s3Arn = (bucket: string, key?: string) => `arn:aws:s3:::${bucket}${key === undefined ? '' : `/${key}`}`;

/**
 * An append-only writer may create an item, never replace one: its PutItem must be conditioned on
 * `attribute_not_exists` of the table's partition key, with no OR or NOT that could let an overwrite through.
 * (AWS's `dynamodb:PutItem` grant would not check this; our code always puts audit entries so, and locally a
 * put that could overwrite the append-only log fails as a bug.)
 */
function createsOnly(put: PutLike, spec: TableSpec): boolean {
  const condition = typeof put.ConditionExpression === 'string' ? put.ConditionExpression : '';
  if (/\b(or|not)\b/i.test(condition)) return false;
  const names = put.ExpressionAttributeNames ?? {};
  return [...condition.matchAll(/attribute_not_exists\s*\(\s*([^)\s]+)\s*\)/g)].some(
    ([, name = '']) => (names[name] ?? name) === spec.partitionKey,
  );
}

function dynamoRequirements(action: string, body: Record<string, unknown>): DynamoRequirement[] {
  const perTable = (requestItems: unknown) => Object.keys((requestItems ?? {}) as object);
  if (action === 'BatchGetItem' || action === 'BatchWriteItem')
    return perTable(body.RequestItems).map((table) => ({ action, table }));
  if (action === 'TransactGetItems' || action === 'TransactWriteItems') {
    // IAM authorizes each item of a transaction as its single-item action.
    const items = (Array.isArray(body.TransactItems) ? body.TransactItems : []) as Record<string, unknown>[];
    const itemActions = {
      Get: 'GetItem',
      Put: 'PutItem',
      Update: 'UpdateItem',
      Delete: 'DeleteItem',
      ConditionCheck: 'ConditionCheckItem',
    } as const;
    return items.flatMap((item) =>
      Object.entries(itemActions)
        .filter(([field]) => item[field])
        .map(([field, itemAction]) => {
          const part = item[field] as PutLike & { TableName?: unknown };
          return { action: itemAction, table: part.TableName, put: part };
        }),
    );
  }
  // Everything else names one table, or none (ListTables, PartiQL...), which no grant covers.
  return [{ action, table: body.TableName ?? '*', put: body as PutLike }];
}

/** Checks one DynamoDB request (`X-Amz-Target` action and JSON body) against a function's grants. */
export function checkDynamo(
  grants: Grants,
  action: string,
  body: Record<string, unknown>,
): Denial | undefined {
  for (const { action: needed, table, put } of dynamoRequirements(action, body)) {
    const denial = { action: `dynamodb:${needed}`, resource: tableArn(table) };
    const entry = Object.entries(tables).find(([, spec]) => spec.localName === table);
    const mode = entry && grants.tables?.[entry[0]];
    if (!entry || !mode) return denial;
    if (canRead(mode) && dynamoRead.has(needed)) continue;
    if (canWrite(mode) && dynamoWrite.has(needed)) continue;
    if (canAppend(mode) && needed === 'PutItem') {
      if (put && createsOnly(put, entry[1])) continue;
      return {
        ...denial,
        hint: `${mode} allows only a PutItem conditioned on attribute_not_exists of the key`,
      };
    }
    return denial;
  }
  return undefined;
}

/** `/bucket/key?query` of a path-style request, decoded. */
function s3Target(url: string): { bucket: string; key: string; query: URLSearchParams } {
  const parsed = new URL(url, 'http://local');
  const [, bucket = '', ...key] = parsed.pathname.split('/');
  return {
    bucket: decodeURIComponent(bucket),
    key: decodeURIComponent(key.join('/')),
    query: parsed.searchParams,
  };
}

/** The S3 action a request needs, and whether a read or a write grant gives it (undefined: none does). */
function s3Action(
  method: string,
  key: string,
  query: URLSearchParams,
): { action: string; needs?: 'read' | 'write' } {
  const has = (name: string) => query.has(name);
  if (key === '') {
    if (method === 'GET' || method === 'HEAD')
      return { action: has('uploads') ? 's3:ListBucketMultipartUploads' : 's3:ListBucket', needs: 'read' };
    if (method === 'POST')
      return { action: has('delete') ? 's3:DeleteObject' : 's3:PutObject', needs: 'write' };
    return { action: method === 'DELETE' ? 's3:DeleteBucket' : 's3:PutBucketConfiguration' };
  }
  if (method === 'GET' || method === 'HEAD')
    return { action: has('uploadId') ? 's3:ListMultipartUploadParts' : 's3:GetObject', needs: 'read' };
  if (has('acl')) return { action: 's3:PutObjectAcl' }; // grantPut gives no ACL actions
  if (method === 'DELETE')
    return { action: has('uploadId') ? 's3:AbortMultipartUpload' : 's3:DeleteObject', needs: 'write' };
  return { action: 's3:PutObject', needs: 'write' }; // PUT, and POST ?uploads / ?uploadId (multipart)
}

function checkS3Object(grants: Grants, method: string, bucket: string, key: string, query: URLSearchParams) {
  const { action, needs } = s3Action(method, key, query);
  const denial = { action, resource: s3Arn(bucket, key === '' ? undefined : key) };
  if (bucket === '') return { action: 's3:ListAllMyBuckets', resource: '*' };
  const entry = Object.entries(buckets).find(([, spec]) => spec.localName === bucket);
  const mode = entry && grants.buckets?.[entry[0]];
  if (!mode || !needs) return denial;
  return (needs === 'read' ? canRead(mode) : canWrite(mode)) ? undefined : denial;
}

/** Checks one S3 request (method, path-style URL, headers) against grants: CDK's grantRead/Put/Delete. */
export function checkS3(
  grants: Grants,
  method: string,
  url: string,
  headers: IncomingHttpHeaders,
): Denial | undefined {
  const { bucket, key, query } = s3Target(url);
  const denial = checkS3Object(grants, method, bucket, key, query);
  if (denial) return denial;
  const copySource = headers['x-amz-copy-source'];
  if (method !== 'PUT' || typeof copySource !== 'string') return undefined;
  const source = s3Target(`/${decodeURIComponent(copySource).replace(/^\//, '').split('?')[0]}`);
  return checkS3Object(grants, 'GET', source.bucket, source.key, new URLSearchParams());
}
