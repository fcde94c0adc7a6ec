import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buckets, events, groups, jobs, routes } from '#functions/manifest';
import { routeKey } from '#functions/platform/manifest-types';
import { invoke } from '#infra/local/handlers';
import type { LocalStack } from '#infra/local/stack';
import { makeApiEvent } from '#tests/fixtures/api-events';
import { signedIn } from '#tests/fixtures/auth';
import { callApi, startTestStack } from '#tests/fixtures/local-stack';
import { countItems } from '#tests/fixtures/table-count';

/**
 * Whole events, not fields: odd headers and content types, bodies that are not JSON or too big, odd query keys,
 * path parameters, forged cursors, unknown route keys — sent straight to each route's group handler as API
 * Gateway v2 events. Then malformed S3 records for every worker and malformed events for every job.
 */

const PER_ROUTE = 200;
const PER_WORKER = 200;
const PER_JOB = 200;
const BATCH = 16;

let stack: LocalStack;
let s3: S3Client;
let token: string;

beforeAll(async () => {
  stack = await startTestStack();
  s3 = new S3Client({
    endpoint: stack.endpoints.s3,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  ({ token } = await signedIn(stack, { role: 'cityAdmin' }));
  // The risk dictionary's 80 classes are written on its first read; that read is not what this test checks
  await callApi(stack, '/api/risk-classes', { headers: { authorization: `Bearer ${token}` } });
}, 60_000);
afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

/**
 * Write requests that reached either emulator since `before` (every table, the audit log, every bucket), once
 * the S3 events they caused have been handled: "nothing written" is 0. Stronger than comparing item counts and
 * object keys (an item changed in place, or an object overwritten or deleted and put back, counts too), and it
 * reads no table.
 */
async function writesSince(before: number): Promise<number> {
  await stack.whenIdle();
  return stack.storageWrites() - before;
}

/**
 * Every table's item count and every bucket's object keys: what "nothing written" compares for the S3 workers,
 * which by design delete an unknown upload under their prefix (a DELETE of a key that holds nothing is a write
 * request that changes nothing, so a write count cannot tell it from a real change there).
 */
async function storage() {
  const objects: Record<string, string[]> = {};
  for (const bucket of Object.values(buckets)) {
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket.localName }));
    objects[bucket.localName] = (listed.Contents ?? []).map((object) => object.Key ?? '').sort();
  }
  return { tables: await countItems(stack), objects };
}

// ---- HTTP events -----------------------------------------------------------------------------------------

type Route = (typeof routes)[number];

/** One piece of a fuzzed event, and whether it alone makes the event one the route must refuse. */
interface Piece {
  name: string;
  apply: (event: APIGatewayProxyEventV2) => void;
  refuses: (route: Route) => boolean;
}

const always = () => true;
const never = () => false;
const hasBody = (route: Route) => 'body' in route;
const hasQuery = (route: Route) => 'query' in route;
const hasParams = (route: Route) => 'params' in route;
const isProtected = (route: Route) => route.access !== 'public';
const b64 = (text: string) => Buffer.from(text).toString('base64url');
const huge = `{"name":"${'长'.repeat(90_000)}"}`; // 270 KB of UTF-8: past the 256 KB body limit

const headerPieces: Piece[] = [
  { name: 'json', apply: () => {}, refuses: never },
  { name: 'no authorization', apply: (e) => delete e.headers.authorization, refuses: isProtected },
  { name: 'Bearer only', apply: (e) => (e.headers.authorization = 'Bearer'), refuses: isProtected },
  { name: 'Bearer junk', apply: (e) => (e.headers.authorization = 'Bearer a.b.c'), refuses: isProtected },
  { name: 'Basic', apply: (e) => (e.headers.authorization = 'Basic dXNlcjpwYXNz'), refuses: isProtected },
  {
    name: 'tampered token',
    apply: (e) => (e.headers.authorization = `Bearer ${token.slice(0, -4)}AAAA`),
    refuses: isProtected,
  },
  {
    name: 'token of 8 KB',
    apply: (e) => (e.headers.authorization = `Bearer ${'x'.repeat(8192)}`),
    refuses: isProtected,
  },
  { name: 'no headers at all', apply: (e) => Object.assign(e, { headers: undefined }), refuses: isProtected },
  {
    name: 'odd extra headers',
    apply: (e) =>
      Object.assign(e.headers, { 'x-forwarded-for': '::1,'.repeat(500), 'x-租户': '常州', '': 'empty' }),
    refuses: never,
  },
];

/** Content types: a body sent with anything but JSON is refused (415) whatever the route. */
const contentTypes: [string, string | undefined, boolean][] = [
  ['json', 'application/json', false],
  ['json; charset', 'application/json; charset=utf-8', false],
  ['vendor json', 'application/vnd.changan+json', false],
  ['text', 'text/plain', true],
  ['form', 'application/x-www-form-urlencoded', true],
  ['multipart', 'multipart/form-data; boundary=x', true],
  ['xml', 'application/xml', true],
  ['jsonp', 'application/jsonp', true],
  ['none', undefined, true],
];

/** Bodies: `refuses` says whether the route must refuse it (given a JSON content type). */
const bodies: [string, string | undefined, boolean, (route: Route) => boolean][] = [
  ['none', undefined, false, hasBody],
  ['null', 'null', false, hasBody],
  ['array', '[]', false, hasBody],
  ['array of object', '[{}]', false, hasBody],
  ['number', '42', false, hasBody],
  ['string', '"text"', false, hasBody],
  ['true', 'true', false, hasBody],
  ['truncated', '{"name":', false, always],
  ['single quotes', "{'name':1}", false, always],
  ['NaN', 'NaN', false, always],
  ['xml', '<enterprise/>', false, always],
  ['NUL', '\u0000', false, always],
  ['base64 junk', Buffer.from([0xff, 0xfe, 0x00, 0x7b]).toString('base64'), true, always],
  ['base64 null', Buffer.from('null').toString('base64'), true, hasBody],
  ['oversize', huge, false, always],
  ['oversize base64', Buffer.from(huge).toString('base64'), true, always],
];

const queryPieces: Piece[] = [
  { name: 'no query', apply: () => {}, refuses: never },
  {
    name: 'prototype keys',
    apply: (e) =>
      (e.queryStringParameters = JSON.parse('{"__proto__":"x","constructor":"y","toString":"z"}')),
    refuses: never,
  },
  {
    name: 'odd keys',
    apply: (e) => (e.queryStringParameters = { '': 'x', 'a[b]': 'c', 武进: '区', 'limit ': '5' }),
    refuses: never,
  },
  { name: 'repeated limit', apply: (e) => (e.queryStringParameters = { limit: '5,6' }), refuses: hasQuery },
  {
    name: 'limit of 5000 digits',
    apply: (e) => (e.queryStringParameters = { limit: '9'.repeat(5000) }),
    refuses: hasQuery,
  },
  {
    name: 'limit as array text',
    apply: (e) => (e.queryStringParameters = { limit: '[10]' }),
    refuses: hasQuery,
  },
  {
    name: 'random base64 cursor',
    apply: (e) => (e.queryStringParameters = { cursor: 'q83vEjRWeJA' }),
    refuses: hasQuery,
  },
  {
    name: 'cursor of a JSON array',
    apply: (e) => (e.queryStringParameters = { cursor: b64('[1,2,3]') }),
    refuses: hasQuery,
  },
  {
    name: 'cursor of a wrong object',
    apply: (e) => (e.queryStringParameters = { cursor: b64('{"p":"0","k":[]}') }),
    refuses: hasQuery,
  },
  {
    name: 'cursor of another list',
    apply: (e) => (e.queryStringParameters = { cursor: b64('{"p":7,"k":{"pk":"$x","sk":"$y"}}') }),
    refuses: hasQuery,
  },
  {
    name: 'cursor of 3000 chars',
    apply: (e) => (e.queryStringParameters = { cursor: 'A'.repeat(3000) }),
    refuses: hasQuery,
  },
];

const paramPieces: Piece[] = [
  { name: 'no params', apply: () => {}, refuses: never },
  { name: 'params missing', apply: (e) => delete e.pathParameters, refuses: hasParams },
  { name: 'empty id', apply: (e) => (e.pathParameters = { id: '' }), refuses: hasParams },
  { name: 'id of 65', apply: (e) => (e.pathParameters = { id: 'x'.repeat(65) }), refuses: hasParams },
  { name: 'id of 10 KB', apply: (e) => (e.pathParameters = { id: '9'.repeat(10_240) }), refuses: hasParams },
  { name: 'id with slashes', apply: (e) => (e.pathParameters = { id: 'a/b/c' }), refuses: hasParams },
  { name: 'id traversal', apply: (e) => (e.pathParameters = { id: '../../etc/passwd' }), refuses: hasParams },
  { name: 'id unicode', apply: (e) => (e.pathParameters = { id: '武进区企业😀' }), refuses: hasParams },
  { name: 'id NUL', apply: (e) => (e.pathParameters = { id: 'a\u0000b' }), refuses: hasParams },
  { name: 'id key-like', apply: (e) => (e.pathParameters = { id: '$enterprise#01J' }), refuses: hasParams },
  {
    name: 'id not a string',
    apply: (e) => (e.pathParameters = { id: 42 as unknown as string }),
    refuses: hasParams,
  },
];

interface FuzzEvent {
  label: string;
  event: APIGatewayProxyEventV2;
  mustRefuse: boolean;
}

function fuzzEvent(route: Route, picks: [number, number, number, number, number, boolean]): FuzzEvent {
  const [h, c, b, q, p, wrongKey] = picks;
  const header = headerPieces[h % headerPieces.length] as Piece;
  const [typeName, contentType, typeRefuses] = contentTypes[
    c % contentTypes.length
  ] as (typeof contentTypes)[number];
  const [bodyName, body, base64, bodyRefuses] = bodies[b % bodies.length] as (typeof bodies)[number];
  const query = queryPieces[q % queryPieces.length] as Piece;
  const param = paramPieces[p % paramPieces.length] as Piece;
  const key = wrongKey ? `${route.method} /api/not-a-route` : routeKey(route);
  const event = makeApiEvent(key, {
    headers: { host: 'localhost', authorization: `Bearer ${token}` },
    ...(hasParams(route) ? { pathParameters: { id: '01JD0000000000000000000000' } } : {}),
  });
  if (contentType) event.headers['content-type'] = contentType;
  if (body !== undefined) Object.assign(event, { body, isBase64Encoded: base64 });
  param.apply(event);
  query.apply(event);
  header.apply(event);
  const withBody = body !== undefined;
  const mustRefuse =
    wrongKey ||
    header.refuses(route) ||
    (withBody && typeRefuses) ||
    bodyRefuses(route) ||
    query.refuses(route) ||
    param.refuses(route);
  const label = [header.name, typeName, bodyName, query.name, param.name, wrongKey ? 'unknown route key' : '']
    .filter(Boolean)
    .join(' | ');
  return { label, event, mustRefuse };
}

/** The hand-picked events (each piece once, on an otherwise plain event), then seeded random combinations. */
function fuzzEvents(route: Route): FuzzEvent[] {
  const plain = [0, 0, 0, 0, 0, false] as [number, number, number, number, number, boolean];
  const singles: FuzzEvent[] = [
    ...headerPieces.map((_, i) => fuzzEvent(route, [i, 0, 0, 0, 0, false])),
    ...contentTypes.map((_, i) => fuzzEvent(route, [0, i, 7, 0, 0, false])),
    ...contentTypes.map((_, i) => fuzzEvent(route, [0, i, 1, 0, 0, false])),
    ...bodies.map((_, i) => fuzzEvent(route, [0, 0, i, 0, 0, false])),
    ...queryPieces.map((_, i) => fuzzEvent(route, [0, 0, 0, i, 0, false])),
    ...paramPieces.map((_, i) => fuzzEvent(route, [0, 0, 0, 0, i, false])),
    fuzzEvent(route, [plain[0], 0, 0, 0, 0, true]),
  ];
  const index = fc.nat({ max: 1000 });
  const combos = fc.sample(fc.tuple(index, index, index, index, index, fc.boolean()), {
    numRuns: PER_ROUTE - singles.length,
    seed: [...routeKey(route)].reduce((sum, char) => sum * 31 + (char.codePointAt(0) ?? 0), 7) >>> 0,
  });
  return [...singles, ...combos.map((picks) => fuzzEvent(route, picks))];
}

const moduleOf = (route: Route) =>
  (groups as Record<string, { handler: string }>)[route.group]?.handler ?? '';

/** Why a handler's answer is wrong for `fuzz`, or null. */
function problemOf(fuzz: FuzzEvent, result: unknown): string | null {
  const { statusCode, body } = (result ?? {}) as { statusCode?: number; body?: string };
  if (typeof statusCode !== 'number') return `no status: ${JSON.stringify(result)?.slice(0, 120)}`;
  if (statusCode >= 500) return `status ${statusCode}`;
  if (fuzz.mustRefuse && (statusCode < 400 || statusCode > 499))
    return `status ${statusCode}, expected a 4xx`;
  if (statusCode < 400) return null;
  let parsed: { error?: { code?: unknown; message?: unknown } };
  try {
    parsed = JSON.parse(body ?? '');
  } catch {
    return `status ${statusCode} with a body that is not JSON`;
  }
  const { code, message } = parsed.error ?? {};
  if (typeof code !== 'string' || typeof message !== 'string' || !/[\u4e00-\u9fa5]/.test(message))
    return `status ${statusCode} without { error: { code, message } }: ${body?.slice(0, 120)}`;
  return null;
}

describe('fuzzed API Gateway events', () => {
  it.each(routes.map((route) => [routeKey(route), route] as const))(
    'answers %s with a 4xx error body, never a 5xx, and writes nothing',
    async (_key, route) => {
      // Prepare
      const fuzzed = fuzzEvents(route);
      const before = stack.storageWrites();

      // Act
      const problems: string[] = [];
      const statuses: Record<number, number> = {};
      for (let start = 0; start < fuzzed.length; start += BATCH) {
        await Promise.all(
          fuzzed.slice(start, start + BATCH).map(async (fuzz) => {
            try {
              const result = await invoke(moduleOf(route), fuzz.event, 10_000);
              const status = (result as { statusCode?: number }).statusCode ?? 0;
              statuses[status] = (statuses[status] ?? 0) + 1;
              const problem = problemOf(fuzz, result);
              if (problem) problems.push(`${fuzz.label} → ${problem}`);
            } catch (error) {
              problems.push(`${fuzz.label} → threw ${String(error).slice(0, 120)}`);
            }
          }),
        );
      }

      // Assess
      expect(fuzzed.length).toBeGreaterThanOrEqual(PER_ROUTE);
      // The events reached the chain: each refusal the route can give was given at least once.
      const expected = ['413', '415', '404', ...(isProtected(route) ? ['401'] : [])];
      if (hasBody(route) || hasQuery(route) || hasParams(route)) expected.push('400');
      expect(Object.keys(statuses)).toEqual(expect.arrayContaining(expected));
      expect([...new Set(problems)].slice(0, 10), `${problems.length} of ${fuzzed.length}`).toEqual([]);
      expect(await writesSince(before), 'write requests to the emulators').toBe(0);
    },
    60_000,
  );
});

// ---- S3 workers ------------------------------------------------------------------------------------------

type Worker = (typeof events)[number];

const s3Event = (records: unknown[]) => ({ Records: records });
const record = (bucket: string, key: unknown, extra: object = {}) => ({
  eventSource: 'aws:s3',
  eventName: 'ObjectCreated:Post',
  s3: { bucket: { name: bucket }, object: { key, size: 10, eTag: 'e', ...extra } },
});

/** Keys that name no upload the worker should act on, each S3-encoded as the event carries it. */
function junkKeys(worker: Worker): { label: string; key: string; wellFormed: boolean }[] {
  const encode = (key: string) => encodeURIComponent(key).replace(/%20/g, '+');
  const hand: [string, string, boolean][] = [
    ['outside the prefix', encode('reports/keep.xlsx'), true],
    ['another prefix', encode('exports/keep.xlsx'), true],
    // A folder marker; an empty key (upload-check watches the whole bucket) is no object at all.
    ['prefix only', encode(worker.prefix), worker.prefix !== ''],
    ['unknown task', encode(`${worker.prefix}wujin/01JD0000000000000000000000.xlsx`), true],
    ['lower-case task id', encode(`${worker.prefix}wujin/01jd0000000000000000000000.csv`), true],
    ['wrong extension', encode(`${worker.prefix}wujin/01JD0000000000000000000000.exe`), true],
    // A legal S3 key, but s3rver resolves its dot segments and fails: a throw here is the emulator's.
    ['traversal', encode(`${worker.prefix}../reports/keep.xlsx`), false],
    ['spaces as plus', `${worker.prefix}a+b+c.json`, true],
    ['unicode', encode(`${worker.prefix}武进/企业名录.xlsx`), true],
    // Not keys S3 can hold (over 1024 bytes, NUL), so no real event names them: a throw is acceptable.
    ['key of 1 KB', encode(`${worker.prefix}${'k'.repeat(1100)}`), false],
    ['broken escape', `${worker.prefix}%E0%A4%A`, false],
    ['lone percent', `${worker.prefix}100%`, false],
    ['NUL escape', `${worker.prefix}a%00b`, false],
  ];
  const random = fc.sample(fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }), {
    numRuns: PER_WORKER,
    seed: 2026,
  });
  return [
    ...hand.map(([label, key, wellFormed]) => ({ label, key, wellFormed })),
    ...random.map((key, i) => ({
      label: `random ${i}`,
      key: encode(`${worker.prefix}${key}`),
      wellFormed: true,
    })),
  ];
}

describe('malformed S3 events', () => {
  beforeEach(async () => {
    // Objects that belong to someone else: no worker may delete them because an event named them.
    for (const key of ['reports/keep.xlsx', 'exports/keep.xlsx'])
      await s3.send(new PutObjectCommand({ Bucket: buckets.transfers.localName, Key: key, Body: 'PK' }));
    await stack.whenIdle();
  });

  it.each(events.map((worker) => [worker.name, worker] as const))(
    'the %s worker refuses or ignores malformed records and changes no storage',
    async (_name, worker) => {
      // Prepare
      const bucket = (buckets as Record<string, { localName: string }>)[worker.bucket]?.localName ?? '';
      const before = await storage();
      const shapes: [string, unknown, boolean][] = [
        ['no Records', {}, false],
        ['Records not a list', { Records: 'x' }, false],
        ['empty Records', { Records: [] }, true],
        ['record without s3', s3Event([{ eventSource: 'aws:s3', s3: null }]), false],
        ['record without object', { Records: [{ s3: { bucket: { name: bucket } } }] }, false],
        ['key missing', s3Event([record(bucket, undefined)]), false],
        ['key a number', s3Event([record(bucket, 42)]), false],
        ['eTag missing', s3Event([record(bucket, 'reports/keep.xlsx', { eTag: undefined })]), true],
        // Misrouted: S3 sends a bucket's events only to that bucket's subscribers.
        ['another bucket', s3Event([record('someone-else', 'x')]), false],
      ];
      const keyed = junkKeys(worker).map(({ label, key, wellFormed }): [string, unknown, boolean] => [
        label,
        s3Event([record(bucket, key)]),
        wellFormed,
      ]);

      // Act
      const crashes: string[] = [];
      const thrown: string[] = [];
      for (const [label, event, wellFormed] of [...shapes, ...keyed]) {
        try {
          await invoke(worker.handler, event, 30_000);
        } catch (error) {
          (wellFormed ? crashes : thrown).push(`${label}: ${String(error).slice(0, 100)}`);
        }
      }

      // Assess
      if (thrown.length > 0)
        console.info(`${worker.name}: malformed events refused by throwing: ${thrown.length}`);
      expect(shapes.length + keyed.length).toBeGreaterThanOrEqual(PER_WORKER);
      expect.soft(crashes).toEqual([]);
      expect(await storage()).toEqual(before);
    },
    120_000,
  );
});

// ---- jobs ------------------------------------------------------------------------------------------------

/** Events a job must refuse: a bad instant, bad segments, or not an object at all. */
function badJobEvents(): { label: string; event: unknown }[] {
  const hand: [string, unknown][] = [
    ['at garbage', { at: 'yesterday' }],
    ['at without offset', { at: '2026-11-30T10:00:00' }],
    ['at a date only', { at: '2026-11-30' }],
    ['at a number', { at: 1_796_004_000_000 }],
    ['at an impossible day', { at: '2026-02-30T10:00:00+08:00' }],
    ['at empty', { at: '' }],
    ['segment negative', { segment: -1 }],
    ['segment a fraction', { segment: 0.5 }],
    ['segment text', { segment: '0' }],
    ['totalSegments zero', { totalSegments: 0 }],
    ['totalSegments negative', { totalSegments: -3 }],
    ['totalSegments text', { totalSegments: 'two' }],
    ['segment past the total', { segment: 5, totalSegments: 2 }],
    ['segment equal to the total', { segment: 2, totalSegments: 2 }],
    ['a string', 'run now'],
    ['a number', 42],
    ['a list', [{ at: '2026-11-30T10:00:00+08:00' }]],
    ['true', true],
  ];
  const notInstant = fc.string({ maxLength: 30 }).filter((at) => !/^\d{4}-\d\d-\d\dT/.test(at));
  const random = fc.sample(
    fc.oneof(
      fc.record({ at: notInstant }),
      fc.record({ segment: fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.string()) }),
      fc.record({
        totalSegments: fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), fc.string()),
      }),
      fc.record({
        at: notInstant,
        segment: fc.nat(),
        totalSegments: fc.integer({ min: 1 }),
        extra: fc.jsonValue(),
      }),
    ),
    { numRuns: PER_JOB, seed: 2026 },
  );
  return [
    ...hand.map(([label, event]) => ({ label, event })),
    ...random.map((event, i) => ({ label: `random ${i}`, event })),
  ];
}

describe('malformed job events', () => {
  it.each(jobs.map((job) => [job.name, job] as const))(
    'the %s job refuses events with a bad instant or bad segments and writes nothing',
    async (_name, job) => {
      // Prepare
      const before = stack.storageWrites();

      // Act
      const ran: string[] = [];
      for (const { label, event } of badJobEvents()) {
        try {
          const result = await invoke(job.handler, event, 30_000);
          ran.push(`${label}: ran → ${JSON.stringify(result)}`);
        } catch (error) {
          // The designed refusal: jobEventSchema.parse throws before the run item is written.
          if (!String(error).includes('ZodError') && (error as Error).name !== 'ZodError')
            ran.push(`${label}: threw ${String(error).slice(0, 100)}`);
        }
      }

      // Assess
      expect(ran).toEqual([]);
      expect(await writesSince(before), 'write requests to the emulators').toBe(0);
    },
    120_000,
  );
});
