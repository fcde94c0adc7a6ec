import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { buckets, events, groups, jobs, tables } from '#functions/manifest';
import { CALLER_HEADER } from '#functions/platform/caller';
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

const deniedMessage = (functionName: string, { action, resource, hint }: Denial) =>
  `User: local/${functionName} is not authorized to perform: ${action} on resource: ${resource} because no ` +
  `identity-based policy allows the ${action} action${hint ? ` (${hint})` : ''}`;

function denyDynamo(response: ServerResponse, functionName: string, denial: Denial): void {
  const body = JSON.stringify({
    __type: 'com.amazon.coral.service#AccessDeniedException',
    message: deniedMessage(functionName, denial),
  });
  response.writeHead(400, {
    'content-type': 'application/x-amz-json-1.0',
    'x-amzn-requestid': randomUUID(),
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

const xmlEscape = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`);

function denyS3(response: ServerResponse, method: string, functionName: string, denial: Denial): void {
  const requestId = randomUUID();
  const body =
    method === 'HEAD'
      ? ''
      : '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>' +
        `<Message>${xmlEscape(deniedMessage(functionName, denial))}</Message>` +
        `<RequestId>${requestId}</RequestId></Error>`;
  response.writeHead(403, {
    'content-type': 'application/xml',
    'x-amz-request-id': requestId,
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

function readAll(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

function parseJson(body: Buffer): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8') || '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {}; // the emulator answers malformed requests itself
  }
}

/** The request again, its body already read: a stream of it with the original's method, URL and headers. */
function replay(incoming: IncomingMessage, body: Buffer): IncomingMessage {
  const { method, url, headers, httpVersion } = incoming;
  return Object.assign(Readable.from(body.length > 0 ? [body] : []), {
    method,
    url,
    headers,
    httpVersion,
  }) as unknown as IncomingMessage;
}

type Listener = (incoming: IncomingMessage, outgoing: ServerResponse) => void;

/**
 * Puts local IAM in front of an emulator's own HTTP server (dynalite or s3rver), in process: a request that
 * names its function is checked against that function's grants and, if denied, answered as AWS would; every
 * other request reaches the emulator untouched.
 */
export function guardWithLocalIam(
  server: Server,
  service: 'dynamodb' | 's3',
  onDenied: (line: string) => void = () => {},
  grants: ReadonlyMap<string, Grants> = grantsByFunction(),
): void {
  const emulator = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  const pass: Listener = (incoming, outgoing) => {
    for (const listener of emulator) listener(incoming, outgoing);
  };

  const check = async (incoming: IncomingMessage, outgoing: ServerResponse, functionName: string) => {
    const granted = grants.get(functionName) ?? {}; // a name the manifest does not know has no grants
    const method = incoming.method ?? 'GET';
    const report = (denial: Denial) => {
      onDenied(`iam: ${deniedMessage(functionName, denial)}`);
      return denial;
    };
    if (service === 's3') {
      const denial = checkS3(granted, method, incoming.url ?? '/', incoming.headers);
      if (!denial) return pass(incoming, outgoing);
      return denyS3(outgoing, method, functionName, report(denial));
    }
    const body = await readAll(incoming);
    const action = String(incoming.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    const denial = checkDynamo(granted, action, parseJson(body));
    if (!denial) return pass(replay(incoming, body), outgoing);
    return denyDynamo(outgoing, functionName, report(denial));
  };

  server.on('request', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const functionName = incoming.headers[CALLER_HEADER];
    if (typeof functionName !== 'string') return pass(incoming, outgoing); // an administrator
    check(incoming, outgoing, functionName).catch((error: unknown) => {
      if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      outgoing.end(`local IAM failed: ${String(error)}`);
    });
  });
}
