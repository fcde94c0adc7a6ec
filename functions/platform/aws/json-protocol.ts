import { CALLER_HEADER, caller } from '#functions/platform/caller';
import { systemClock } from '#functions/platform/clock';
import { send } from './http';
import { AwsServiceError, credentialsFromEnv, endpointOf, regionFromEnv, withRetries } from './retry';
import { signRequest } from './sigv4';

export { AwsServiceError } from './retry';

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
  const region = regionFromEnv();
  const url = new URL(service.endpoint ?? endpointOf(service.service, region));
  const body = JSON.stringify(input);
  const functionName = service.endpoint ? caller.getStore()?.functionName : undefined;
  const credentials = credentialsFromEnv();
  return withRetries(async (attempt) => {
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
      now: systemClock.now(), // AWS checks signatures against its own clock: never the pinned one
    });
    const response = await send(url, { method: 'POST', headers, body, signal });
    const text = response.body.toString('utf8');
    if (response.status < 300) return JSON.parse(text || '{}') as Record<string, unknown>;
    throw errorOf(response.status, text, response.headers['x-amzn-requestid'] as string | undefined, attempt);
  }, signal);
}
