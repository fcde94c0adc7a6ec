import type { AwsCredentials } from './sigv4';

/** A failed call: `name` is the service's error code (`ConditionalCheckFailedException`), as the SDK's errors. */
export class AwsServiceError extends Error {
  constructor(
    override readonly name: string,
    message: string,
    readonly $fault: 'client' | 'server',
    readonly $metadata: {
      readonly httpStatusCode: number;
      readonly requestId?: string;
      readonly attempts: number;
    },
    /** The rest of the error body, e.g. DynamoDB's `Item` under `ReturnValuesOnConditionCheckFailure`. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

// The SDK's standard retry mode: 3 attempts, exponential backoff with full jitter, for throttling and 5xx.
const MAX_ATTEMPTS = 3;
const BASE_DELAY_MS = 100;
const THROTTLING = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'TooManyRequestsException',
  'TransactionInProgressException',
  'SlowDown',
]);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Network failures (not an answer), 5xx answers and throttling are worth another attempt. */
const retryable = (error: unknown) =>
  !(error instanceof AwsServiceError) || error.$fault === 'server' || THROTTLING.has(error.name);

/** Runs `attempt(n)` until it succeeds, fails for good, or has been tried three times. */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (let n = 1; ; n += 1) {
    try {
      return await attempt(n);
    } catch (error) {
      if (signal?.aborted || n >= MAX_ATTEMPTS || !retryable(error)) throw error;
      await pause(Math.random() * Math.min(20_000, BASE_DELAY_MS * 2 ** n));
    }
  }
}

/** The credentials Lambda puts in the environment (the execution role's), or the emulators' locally. */
export function credentialsFromEnv(): AwsCredentials {
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = process.env;
  if (!AWS_ACCESS_KEY_ID || !AWS_SECRET_ACCESS_KEY)
    throw new Error('AWS credentials are not in the environment');
  return {
    accessKeyId: AWS_ACCESS_KEY_ID,
    secretAccessKey: AWS_SECRET_ACCESS_KEY,
    sessionToken: AWS_SESSION_TOKEN,
  };
}

/** The region Lambda runs in. */
export const regionFromEnv = () => process.env.AWS_REGION ?? '';

/** `https://dynamodb.cn-north-1.amazonaws.com.cn`: China's regions have their own domain. */
export const endpointOf = (service: string, region: string) =>
  `https://${service}.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
