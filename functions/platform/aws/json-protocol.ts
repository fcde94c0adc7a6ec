import { CALLER_HEADER, caller } from '#functions/platform/caller';
import { send } from './http';
import { type AwsCredentials, signRequest } from './sigv4';

/** An AWS service spoken over the AWS JSON protocol (DynamoDB, Secrets Manager, ...). */
export interface JsonService {
  /** Signing name and endpoint prefix: `dynamodb`. */
  readonly service: string;
  /** `X-Amz-Target` prefix: `DynamoDB_20120810`. */
  readonly targetPrefix: string;
  /** `1.0` (DynamoDB) or `1.1`. */
  readonly jsonVersion: '1.0' | '1.1';
  /** Set only by the local stack; then each request also names the calling function (local IAM). */
  readonly endpoint?: string;
}

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
]);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const endpointOf = (service: string, region: string) =>
  `https://${service}.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;

function credentialsFromEnv(): AwsCredentials {
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = process.env;
  if (!AWS_ACCESS_KEY_ID || !AWS_SECRET_ACCESS_KEY)
    throw new Error('AWS credentials are not in the environment');
  return {
    accessKeyId: AWS_ACCESS_KEY_ID,
    secretAccessKey: AWS_SECRET_ACCESS_KEY,
    sessionToken: AWS_SESSION_TOKEN,
  };
}

function errorOf(
  status: number,
  body: string,
  requestId: string | undefined,
  attempts: number,
): AwsServiceError {
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(body) as Record<string, unknown>;
  } catch {
    // a proxy's HTML error page: the status says enough
  }
  const type = String(parsed.__type ?? (status >= 500 ? 'InternalServerError' : 'UnknownError'));
  const { __type, message, Message, ...details } = parsed;
  return new AwsServiceError(
    type.slice(type.lastIndexOf('#') + 1),
    String(message ?? Message ?? `HTTP ${status}`),
    status >= 500 ? 'server' : 'client',
    { httpStatusCode: status, requestId, attempts },
    details,
  );
}

const retryable = (error: unknown) =>
  !(error instanceof AwsServiceError) || error.$fault === 'server' || THROTTLING.has(error.name);

/**
 * Calls one operation (`Query`) with a JSON body and returns the parsed answer. Credentials and region come
 * from the environment, as Lambda provides them; throttling, 5xx and network failures are retried.
 */
export async function callJson(
  service: JsonService,
  operation: string,
  input: unknown,
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  const region = process.env.AWS_REGION ?? '';
  const url = new URL(service.endpoint ?? endpointOf(service.service, region));
  const body = JSON.stringify(input);
  const functionName = service.endpoint ? caller.getStore()?.functionName : undefined;
  const credentials = credentialsFromEnv();
  for (let attempt = 1; ; attempt += 1) {
    try {
      const headers = signRequest({
        method: 'POST',
        url,
        headers: {
          'content-type': `application/x-amz-json-${service.jsonVersion}`,
          'x-amz-target': `${service.targetPrefix}.${operation}`,
          ...(functionName ? { [CALLER_HEADER]: functionName } : {}),
        },
        body,
        service: service.service,
        region,
        credentials,
        now: new Date(),
      });
      const response = await send(url, { method: 'POST', headers, body, signal });
      const requestId = response.headers['x-amzn-requestid'] as string | undefined;
      if (response.status < 300) return JSON.parse(response.body || '{}') as Record<string, unknown>;
      throw errorOf(response.status, response.body, requestId, attempt);
    } catch (error) {
      if (signal?.aborted || attempt >= MAX_ATTEMPTS || !retryable(error)) throw error;
      await pause(Math.random() * Math.min(20_000, BASE_DELAY_MS * 2 ** attempt));
    }
  }
}
