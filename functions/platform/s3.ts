import { S3Client } from '@aws-sdk/client-s3';
import { tagLocalCaller } from '#functions/platform/caller';
import { optionalUrl, readEnv } from '#functions/platform/env';

const env = readEnv({ S3_ENDPOINT: optionalUrl, S3_PUBLIC_ENDPOINT: optionalUrl });

// s3rver (local) needs path-style URLs and rejects the SDK's default request checksums.
const localClient = (endpoint: string) =>
  new S3Client({ endpoint, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED' });

// Locally each request names its function: local IAM (in front of s3rver) applies that function's grants.
export const s3Client = env.S3_ENDPOINT ? tagLocalCaller(localClient(env.S3_ENDPOINT)) : new S3Client({});

/**
 * The client that signs URLs for browsers. Locally they go through the gateway's `/s3/` (same origin as the
 * console); in AWS this is `s3Client` and the URLs point at S3.
 */
export const presignClient = env.S3_PUBLIC_ENDPOINT ? localClient(env.S3_PUBLIC_ENDPOINT) : s3Client;
