import { credentialsFromEnv, regionFromEnv } from '#functions/platform/aws/retry';
import { callS3, objectUrl, xmlField } from '#functions/platform/aws/s3-rest';
import { amzDate, presignUrl, scopeOf, signPolicy } from '#functions/platform/aws/sigv4';
import { systemClock } from '#functions/platform/clock';
import { optionalUrl, readEnv } from '#functions/platform/env';

/**
 * S3 over its REST API, signed here (functions/platform/aws): the SDK's S3 client costs a function about 250 ms of
 * cold start to load, for the handful of calls below. Locally `S3_ENDPOINT` is s3rver (behind local IAM) and
 * `S3_PUBLIC_ENDPOINT` the gateway's /s3/, where browsers send presigned requests; in AWS both are S3 itself.
 */
const env = readEnv({ S3_ENDPOINT: optionalUrl, S3_PUBLIC_ENDPOINT: optionalUrl });
const publicEndpoint = env.S3_PUBLIC_ENDPOINT ?? env.S3_ENDPOINT;

export interface ObjectHead {
  readonly size: number;
  readonly contentType: string | undefined;
}

/** The object's size and type, or null when there is no such object. */
export async function headObject(bucket: string, key: string): Promise<ObjectHead | null> {
  try {
    const { headers } = await callS3(env.S3_ENDPOINT, { method: 'HEAD', bucket, key });
    return {
      size: Number(headers['content-length'] ?? 0),
      contentType: headers['content-type'] as string | undefined,
    };
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFound') return null;
    throw error;
  }
}

/** The object's bytes, or only `range` of them (`bytes=0-4095`). */
export async function getObject(bucket: string, key: string, range?: string): Promise<Uint8Array> {
  const headers = range ? { range } : undefined;
  return new Uint8Array((await callS3(env.S3_ENDPOINT, { method: 'GET', bucket, key, headers })).body);
}

export async function putObject(bucket: string, key: string, body: Uint8Array | string, contentType: string) {
  await callS3(env.S3_ENDPOINT, {
    method: 'PUT',
    bucket,
    key,
    body,
    headers: { 'content-type': contentType },
  });
}

export async function deleteObject(bucket: string, key: string): Promise<void> {
  await callS3(env.S3_ENDPOINT, { method: 'DELETE', bucket, key });
}

/** Starts a multipart upload and answers its id (parts ≥ 5 MiB except the last; at most 10,000). */
export async function createMultipartUpload(
  bucket: string,
  key: string,
  contentType: string,
): Promise<string> {
  const { body } = await callS3(env.S3_ENDPOINT, {
    method: 'POST',
    bucket,
    key,
    query: { uploads: '' },
    headers: { 'content-type': contentType },
  });
  const uploadId = xmlField(body.toString('utf8'), 'UploadId');
  if (!uploadId) throw new Error('S3 answered CreateMultipartUpload without an UploadId');
  return uploadId;
}

/** Uploads part `partNumber` (1-based) and answers its ETag, which completing the upload names. */
export async function uploadPart(
  bucket: string,
  key: string,
  uploadId: string,
  partNumber: number,
  body: Uint8Array,
) {
  const query = { partNumber: String(partNumber), uploadId };
  const { headers } = await callS3(env.S3_ENDPOINT, { method: 'PUT', bucket, key, query, body });
  return String(headers.etag ?? '');
}

export async function completeMultipartUpload(
  bucket: string,
  key: string,
  uploadId: string,
  parts: readonly { readonly partNumber: number; readonly eTag: string }[],
): Promise<void> {
  const xml =
    '<CompleteMultipartUpload>' +
    parts
      .map(
        (p) =>
          `<Part><PartNumber>${p.partNumber}</PartNumber><ETag>${p.eTag.replace(/"/g, '&quot;')}</ETag></Part>`,
      )
      .join('') +
    '</CompleteMultipartUpload>';
  await callS3(env.S3_ENDPOINT, {
    method: 'POST',
    bucket,
    key,
    query: { uploadId },
    body: xml,
    headers: { 'content-type': 'application/xml' },
  });
}

export async function abortMultipartUpload(bucket: string, key: string, uploadId: string): Promise<void> {
  await callS3(env.S3_ENDPOINT, { method: 'DELETE', bucket, key, query: { uploadId } });
}

const signer = () => ({
  service: 's3',
  region: regionFromEnv(),
  credentials: credentialsFromEnv(),
  now: systemClock.now(), // the wall clock: S3 checks a signature's time and expiry against its own
});

/** A GET link for browsers, valid `expiresIn` seconds; `disposition` names the file it saves as. */
export function presignGet(bucket: string, key: string, expiresIn: number, disposition?: string): string {
  const url = objectUrl(publicEndpoint, bucket, key);
  if (disposition) url.searchParams.set('response-content-disposition', disposition);
  return presignUrl({ ...signer(), method: 'GET', url, expiresIn });
}

/** A browser form upload: where to POST and the fields to send before the file. */
export interface PresignedPost {
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
}
export type PolicyCondition =
  | Readonly<Record<string, string>>
  | readonly [string, string | number, string | number];

/**
 * A presigned POST for exactly `key`: the policy holds the given conditions (size range, ...), every field and
 * the signing fields, and expires after `expiresIn` seconds. S3 rejects a form that breaks any of them.
 */
export function presignPost(
  bucket: string,
  key: string,
  options: {
    conditions: readonly PolicyCondition[];
    fields: Readonly<Record<string, string>>;
    expiresIn: number;
  },
): PresignedPost {
  const sign = signer();
  const fields: Record<string, string> = {
    ...options.fields,
    bucket,
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `${sign.credentials.accessKeyId}/${scopeOf(sign).scope}`,
    'X-Amz-Date': amzDate(sign.now),
    ...(sign.credentials.sessionToken ? { 'X-Amz-Security-Token': sign.credentials.sessionToken } : {}),
  };
  const policy = {
    expiration: new Date(sign.now.getTime() + options.expiresIn * 1000).toISOString(),
    conditions: [
      ...options.conditions,
      ...Object.entries(fields).map(([name, value]) => ({ [name]: value })),
      { key },
    ],
  };
  const encoded = Buffer.from(JSON.stringify(policy), 'utf8').toString('base64');
  const url = objectUrl(publicEndpoint, bucket).toString().replace(/\/$/, '');
  return { url, fields: { ...fields, key, Policy: encoded, 'X-Amz-Signature': signPolicy(sign, encoded) } };
}
