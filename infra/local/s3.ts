import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Event } from 'aws-lambda';
import S3rver from 's3rver';
import { buckets } from '#functions/manifest';
import { guardWithLocalIam } from './iam';
import { countWrites } from './write-count';

export interface LocalS3 {
  endpoint: string;
  /** Requests so far that may have changed an object or a bucket. */
  writes: () => number;
  stop: () => Promise<void>;
}

/** AWS URL-encodes keys in event records (spaces as '+'); s3rver does not, so the local bus does it. */
function awsEncodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/**
 * Starts s3rver with the manifest's buckets. Every ObjectCreated event goes to `onObjectCreated` in the S3
 * event format, keys encoded as AWS encodes them. s3rver checks neither signatures nor POST policies; requests
 * that name a function get only its manifest grants (local IAM, iam.ts), denials going to `onDenied`.
 */
export async function startS3(
  dataDir: string | undefined,
  onObjectCreated: (event: S3Event) => void,
  onDenied?: (line: string) => void,
): Promise<LocalS3> {
  const directory = dataDir ?? mkdtempSync(join(tmpdir(), 'changan-s3-'));
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    resetOnClose: !dataDir,
    configureBuckets: Object.values(buckets).map((bucket) => ({ name: bucket.localName })),
  });
  server.on('event', (event: S3Event) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      record.s3.object.key = awsEncodeKey(record.s3.object.key);
      onObjectCreated({ Records: [record] });
    }
  });
  const { port } = (await server.run()) as AddressInfo;
  const httpServer = (server as unknown as { httpServer: Server }).httpServer;
  guardWithLocalIam(httpServer, 's3', onDenied);
  const writes = countWrites(httpServer, 's3');
  const stop = async () => {
    await server.close();
    // a temp folder of our own goes with the server; a data folder stays
    if (!dataDir) rmSync(directory, { recursive: true, force: true });
  };
  return { endpoint: `http://127.0.0.1:${port}`, writes, stop };
}
