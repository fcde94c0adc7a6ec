import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buckets, tables } from '#functions/manifest';
import { repoRoot } from '#infra/bundle';
import { localBindings } from './bindings';
import { consoleDist } from './console-build';
import { ensureTables, startDynamo } from './dynamo';
import { createEventBus } from './event-bus';
import { startGateway } from './gateway';
import { startS3 } from './s3';
import { S3_PROXY_PREFIX } from './s3-proxy';
import { startScheduler } from './scheduler';

export interface LocalStackOptions {
  /** Gateway port; 0 picks a free one. */
  port?: number;
  /** Where dynalite and s3rver keep their data; omitted = in memory / a temp folder wiped on stop. */
  dataDir?: string;
  /** Run the manifest's jobs on their cron schedules. */
  scheduler?: boolean;
  /** Comma-separated origins allowed by CORS (the console itself is same-origin). */
  allowedOrigins?: string;
  log?: (line: string) => void;
}

export interface LocalStack {
  url: string;
  port: number;
  endpoints: { dynamo: string; s3: string };
  bindings: ReturnType<typeof localBindings>;
  /** Resolves when every S3 event delivered so far has been handled. */
  whenIdle: () => Promise<void>;
  /**
   * Requests so far to either emulator that may have changed storage (answered, whatever the answer): while it
   * stays the same, nothing was written, so a storage snapshot read before is still exact.
   */
  storageWrites: () => number;
  stop: () => Promise<void>;
}

const appVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
  .version;

/** Region and the emulators' credentials (s3rver knows only S3RVER; dynalite accepts any). */
function configureAwsDefaults(): void {
  process.env.AWS_REGION ??= 'cn-north-1';
  process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
  delete process.env.AWS_SESSION_TOKEN;
  // The SDK warns that Node 20 support ends; Lambda runs Node 22, and locally the warning is noise.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
}

/** The environment a Lambda would get from the CDK stack, pointed at the local emulators. */
export function configureEnvironment(dynamo: string, s3: string, allowedOrigins: string): void {
  configureAwsDefaults();
  for (const table of Object.values(tables)) process.env[table.envVar] = table.localName;
  for (const bucket of Object.values(buckets)) process.env[bucket.envVar] = bucket.localName;
  Object.assign(process.env, {
    DYNAMODB_ENDPOINT: dynamo,
    S3_ENDPOINT: s3,
    ALLOWED_ORIGINS: allowedOrigins,
    APP_VERSION: process.env.APP_VERSION ?? appVersion,
  });
}

/**
 * Starts the whole system in this process: dynalite, s3rver, the manifest's tables and buckets, the gateway,
 * the event bus and (optionally) the scheduler. Handlers are imported after the environment is set, as on a
 * cold start; one stack per process, because handler modules read their environment once.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const log = options.log ?? (() => {});
  const bindings = localBindings();
  configureAwsDefaults();
  // Local IAM: each handler gets only its manifest grants, as its role would in AWS (iam.ts). A denial is a
  // missing grant or a bug, so it is reported even by a quiet stack.
  const onDenied = options.log ?? ((line: string) => console.warn(`[local] ${line}`));
  const dynamo = await startDynamo(options.dataDir && join(options.dataDir, 'dynamo'), onDenied);
  await ensureTables(dynamo.endpoint);
  const bucketByLocalName = new Map(Object.entries(buckets).map(([name, spec]) => [spec.localName, name]));
  const eventBus = createEventBus(bindings.events, bucketByLocalName, log);
  const s3 = await startS3(options.dataDir && join(options.dataDir, 's3'), eventBus.deliver, onDenied);
  const allowedOrigins = options.allowedOrigins ?? process.env.ALLOWED_ORIGINS ?? '';
  configureEnvironment(dynamo.endpoint, s3.endpoint, allowedOrigins);
  // The token signing key lives with the data (or in a temp folder for an in-memory stack).
  const keyDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'changan-keys-'));
  mkdirSync(keyDir, { recursive: true });
  process.env.JWT_KEY_FILE = join(keyDir, 'jwt-signing-key.json');

  const gateway = await startGateway({
    port: options.port ?? 0,
    routes: bindings.routes,
    distDir: consoleDist,
    allowedOrigins: allowedOrigins.split(',').filter(Boolean),
    s3Endpoint: s3.endpoint,
    onRequest: log,
  });
  const url = `http://127.0.0.1:${gateway.port}`;
  process.env.JWT_ISSUER = `${url}/api/auth`; // before any request: handlers read it on their cold start
  process.env.S3_PUBLIC_ENDPOINT = `${url}${S3_PROXY_PREFIX}`; // presigned URLs for browsers go through the gateway
  const scheduler = options.scheduler ? startScheduler(bindings.jobs, log) : undefined;

  const stop = async () => {
    scheduler?.stop();
    const closed = new Promise<void>((resolve) => gateway.server.close(() => resolve()));
    gateway.server.closeAllConnections();
    await closed;
    await eventBus.whenIdle();
    await s3.stop();
    await dynamo.stop();
    if (!options.dataDir) rmSync(keyDir, { recursive: true, force: true });
  };
  return {
    url,
    port: gateway.port,
    endpoints: { dynamo: dynamo.endpoint, s3: s3.endpoint },
    bindings,
    whenIdle: eventBus.whenIdle,
    storageWrites: () => dynamo.writes() + s3.writes(),
    stop,
  };
}
