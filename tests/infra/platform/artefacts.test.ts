import { spawn } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buckets, events, groups, jobs, routes, tables } from '#functions/manifest';
import { repoRoot } from '#infra/bundle';
import type { LocalStack } from '#infra/local/stack';
import { makeApiEvent } from '#tests/fixtures/api-events';
import { startTestStack } from '#tests/fixtures/local-stack';
import { synthCloud } from '#tests/infra/synth';

type Variables = Record<string, unknown>;
interface LambdaResource {
  Type: string;
  Properties: { Code: unknown; Environment?: { Variables?: Variables }; Handler: string };
}

let stack: LocalStack;
let bundleDir: string;
let cleanUp: () => void;
/** Each function's environment as the template gives it, tokens replaced by the local stack's names. */
const environments = new Map<string, Record<string, string>>();

/** The physical names CloudFormation would fill in, here the local ones. */
const localNames: Record<string, string> = {
  ...Object.fromEntries(Object.values(tables).map((table) => [table.envVar, table.localName])),
  ...Object.fromEntries(Object.values(buckets).map((bucket) => [bucket.envVar, bucket.localName])),
  JWT_ISSUER: 'http://127.0.0.1/api/auth',
};

beforeAll(async () => {
  const cloud = synthCloud();
  ({ bundleDir, cleanUp } = cloud);
  // The bundles leave the AWS SDK to the runtime; here the project's node_modules stands in for it.
  const modules = join(bundleDir, 'node_modules');
  if (!existsSync(modules)) symlinkSync(join(repoRoot, 'node_modules'), modules, 'dir');
  const resources = cloud.template.findResources('AWS::Lambda::Function') as Record<string, LambdaResource>;
  for (const [id, resource] of Object.entries(resources)) {
    const variables = resource.Properties.Environment?.Variables ?? {};
    const env = Object.fromEntries(
      Object.entries(variables).map(([name, value]) => [
        name,
        typeof value === 'string' ? value : (localNames[name] ?? `token-${name}`),
      ]),
    );
    environments.set(id, env);
  }
  stack = await startTestStack();
}, 180_000);
afterAll(async () => {
  await stack?.stop();
  cleanUp?.();
});

/** The template's environment of the function whose logical ID starts with the construct path `prefix`. */
function environmentOf(prefix: string): Record<string, string> {
  const match = [...environments].find(([id]) => id.startsWith(prefix));
  if (!match) throw new Error(`no function ${prefix} in the template`);
  return match[1];
}

/**
 * Imports the bundle as Lambda would (a fresh node, `index.mjs`, only the function's own environment plus the
 * emulator endpoints) and invokes its handler once.
 */
function invokeBundle(module: string, env: Record<string, string>, event: unknown): Promise<unknown> {
  const file = join(bundleDir, module.replace(/\//g, '-'), 'index.mjs');
  const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(file).href)});
const context = { awsRequestId: 'artefact-test', functionName: 'artefact', getRemainingTimeInMillis: () => 30000 };
const result = await handler(JSON.parse(process.env.EVENT), context);
process.stdout.write(JSON.stringify(result ?? null));`;
  const childEnv = {
    PATH: process.env.PATH ?? '',
    ...env,
    EVENT: JSON.stringify(event),
    AWS_REGION: 'cn-north-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    DYNAMODB_ENDPOINT: stack.endpoints.dynamo,
    S3_ENDPOINT: stack.endpoints.s3,
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: childEnv });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${module} exited ${code}:\n${err}`));
      else resolve(JSON.parse(out));
    });
  });
}

const s3Event = (bucket: string, key: string) => ({
  Records: [{ s3: { bucket: { name: bucket }, object: { key, size: 1, eTag: 'x' } } }],
});

describe('the deployed bundles', () => {
  it('answers the health check from the health bundle', async () => {
    // Act
    const result = (await invokeBundle(
      groups.system.handler,
      environmentOf('ApisystemFunction'),
      makeApiEvent('GET /api/health'),
    )) as { statusCode: number; body: string };

    // Assess
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ status: 'ok' });
  });

  it('serves the OpenAPI document from the docs bundle', async () => {
    // Act
    const result = (await invokeBundle(
      groups.docs.handler,
      environmentOf('ApidocsFunction'),
      makeApiEvent('GET /api/openapi.json'),
    )) as { statusCode: number; body: string };

    // Assess
    expect(result.statusCode).toBe(200);
    expect(Object.keys(JSON.parse(result.body).paths)).toHaveLength(new Set(routes.map((r) => r.path)).size);
  });

  it.each(
    Object.entries(groups).filter(([name]) => routes.some((r) => r.group === name && r.access !== 'public')),
  )('refuses a protected route of %s without a token (401)', async (name, group) => {
    // Prepare
    const route = routes.find((r) => r.group === name && r.access !== 'public');
    const path = route?.path.replace(/\{\w+\}/g, '01J0000000000000000000000') ?? '';

    // Act
    const result = (await invokeBundle(
      group.handler,
      environmentOf(`Api${name}Function`),
      makeApiEvent(`${route?.method} ${route?.path}`, { rawPath: path }),
    )) as { statusCode: number; body: string };

    // Assess
    expect(result.statusCode).toBe(401);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it.each(jobs.map((job) => [job.name, job] as const))(
    'runs the %s job once for a pinned time',
    async (name, job) => {
      // Act
      const result = await invokeBundle(job.handler, environmentOf(`Jobs${name.replace(/-/g, '')}`), {
        at: '2026-12-01T02:00:00Z',
      });

      // Assess
      expect(result).toMatchObject({ items: expect.any(Number) });
    },
  );

  it.each(events.map((event) => [event.name, event] as const))(
    'lets the %s worker pass over an object no task or photo expects',
    async (name, event) => {
      // Act
      const result = await invokeBundle(
        event.handler,
        environmentOf(`Events${name.replace(/-/g, '')}`),
        s3Event(buckets[event.bucket].localName, `${event.prefix}unknown/nothing.xlsx`),
      );

      // Assess: nothing is processed, nothing throws (a bundling or ESM mistake would)
      expect(JSON.stringify(result)).not.toMatch(/"(accepted|created|processed)":[1-9]/);
      if (name === 'enterprise-import')
        expect(result).toEqual([expect.objectContaining({ skipped: 'unknown' })]);
      if (name === 'upload-check') expect(result).toEqual({ accepted: 0, rejected: 0 });
    },
  );
});
