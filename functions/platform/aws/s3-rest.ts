import { CALLER_HEADER, caller } from '#functions/platform/caller';
import { systemClock } from '#functions/platform/clock';
import { type HttpResponse, send } from './http';
import { AwsServiceError, credentialsFromEnv, endpointOf, regionFromEnv, withRetries } from './retry';
import { rfc3986, sha256Hex, signRequest } from './sigv4';

/** One S3 REST request: the bucket, the object key, subresource query (`uploads`, `partNumber`), headers, body. */
export interface S3Request {
  readonly method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  readonly bucket: string;
  readonly key?: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Uint8Array | string;
}

/** A key's path, each segment URI-encoded once, as S3 signs it (`/` kept). */
const keyPath = (key: string) => key.split('/').map(rfc3986).join('/');

/**
 * The object's URL: path-style under a local endpoint (s3rver, the gateway's /s3/), virtual-hosted in AWS
 * (`https://bucket.s3.cn-north-1.amazonaws.com.cn/key`).
 */
export function objectUrl(endpoint: string | undefined, bucket: string, key = ''): URL {
  if (endpoint) return new URL(`${endpoint.replace(/\/$/, '')}/${bucket}/${keyPath(key)}`);
  const base = new URL(endpointOf('s3', regionFromEnv()));
  return new URL(`${base.protocol}//${bucket}.${base.host}/${keyPath(key)}`);
}

/** The text of the first `<name>` element of an S3 XML answer (flat answers only: no nesting needed). */
export const xmlField = (xml: string, name: string) =>
  new RegExp(`<${name}>([^<]*)</${name}>`)
    .exec(xml)?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

// HEAD answers carry no body: the SDK names these by status, and so do we (`NotFound` is what callers test).
const statusNames: Readonly<Record<number, string>> = {
  403: 'Forbidden',
  404: 'NotFound',
  412: 'PreconditionFailed',
};

function errorOf(response: HttpResponse, attempts: number): AwsServiceError {
  const xml = response.body.toString('utf8');
  const status = response.status;
  return new AwsServiceError(
    xmlField(xml, 'Code') ?? statusNames[status] ?? (status >= 500 ? 'InternalError' : `HTTP${status}`),
    xmlField(xml, 'Message') ?? `HTTP ${status}`,
    status >= 500 ? 'server' : 'client',
    {
      httpStatusCode: status,
      requestId: response.headers['x-amz-request-id'] as string | undefined,
      attempts,
    },
  );
}

/**
 * Sends one signed S3 request (credentials and region from the environment) and answers the whole response;
 * an error status, or CompleteMultipartUpload's 200 carrying an `<Error>`, throws an `AwsServiceError`.
 */
export async function callS3(endpoint: string | undefined, request: S3Request): Promise<HttpResponse> {
  const url = objectUrl(endpoint, request.bucket, request.key);
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
  const body = request.body ?? '';
  const payloadHash = sha256Hex(body);
  const functionName = endpoint ? caller.getStore()?.functionName : undefined;
  const credentials = credentialsFromEnv();
  return withRetries(async (attempt) => {
    const headers = signRequest({
      method: request.method,
      url,
      headers: {
        ...request.headers,
        'x-amz-content-sha256': payloadHash,
        ...(functionName ? { [CALLER_HEADER]: functionName } : {}),
      },
      body,
      payloadHash,
      service: 's3',
      region: regionFromEnv(),
      credentials,
      now: systemClock.now(), // AWS checks signatures against its own clock: never the pinned one
    });
    const response = await send(url, { method: request.method, headers, body });
    if (response.status >= 300 || (request.method === 'POST' && response.body.includes('<Error>')))
      throw errorOf(response, attempt);
    return response;
  });
}
