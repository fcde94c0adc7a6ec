import { S3Client } from '@aws-sdk/client-s3';
import { optionalUrl, readEnv } from '#functions/lib/env';

const env = readEnv({ S3_ENDPOINT: optionalUrl });

// s3rver (local) needs path-style URLs and rejects the SDK's default request checksums.
export const s3Client = new S3Client(
  env.S3_ENDPOINT
    ? { endpoint: env.S3_ENDPOINT, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED' }
    : {},
);
