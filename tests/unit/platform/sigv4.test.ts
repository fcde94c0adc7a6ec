import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SourceData } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { signRequest } from '#functions/platform/aws/sigv4';

const bytes = (data: SourceData) =>
  typeof data === 'string'
    ? data
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/** The hash constructor the SDK's signer takes, on node:crypto (HMAC when given a secret). */
class NodeSha256 {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret ? createHmac('sha256', bytes(secret)) : createHash('sha256');
  }
  update(data: SourceData) {
    this.hash.update(bytes(data));
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
}

// The worked example of the AWS Signature Version 4 documentation (IAM ListUsers, 2015-08-30).
const documented = {
  method: 'GET',
  url: new URL('https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08'),
  headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body: '',
  service: 'iam',
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
  now: new Date('2015-08-30T12:36:00Z'),
};

describe('signing a request with SigV4', () => {
  it('gives the documented signature for the documented request', () => {
    // Act
    const headers = signRequest(documented);

    // Assess
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, ' +
        'SignedHeaders=content-type;host;x-amz-date, ' +
        'Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    );
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
  });

  it('signs a DynamoDB call with a session token exactly as the SDK’s signer does', async () => {
    // Prepare
    const request = {
      method: 'POST',
      url: new URL('https://dynamodb.cn-north-1.amazonaws.com.cn/'),
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'DynamoDB_20120810.Query',
      },
      body: JSON.stringify({ TableName: 'main', KeyConditionExpression: '#pk = :pk', Limit: 25 }),
      service: 'dynamodb',
      region: 'cn-north-1',
      credentials: { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret/key+1', sessionToken: 'token==' },
      now: new Date('2026-12-01T08:09:10Z'),
    };
    const sdk = new SignatureV4({
      service: 'dynamodb',
      region: 'cn-north-1',
      credentials: request.credentials,
      sha256: NodeSha256,
      applyChecksum: false,
    });

    // Act
    const ours = signRequest(request);
    const theirs = await sdk.sign(
      {
        method: 'POST',
        protocol: 'https:',
        hostname: request.url.hostname,
        path: '/',
        headers: { ...request.headers, host: request.url.hostname },
        body: request.body,
      },
      { signingDate: request.now },
    );

    // Assess
    expect(ours.authorization).toBe(theirs.headers.authorization);
    expect(ours['x-amz-security-token']).toBe('token==');
  });

  it('changes the signature when the body changes by one character', () => {
    // Act
    const one = signRequest({ ...documented, method: 'POST', body: '{"Limit":1}' });
    const other = signRequest({ ...documented, method: 'POST', body: '{"Limit":2}' });

    // Assess
    expect(one.authorization).not.toBe(other.authorization);
  });

  it('signs with the new key after the secret rotates or the day turns (derived keys are cached per both)', () => {
    // Prepare: the documented request signed first, so its key is cached
    signRequest(documented);
    const rotated = {
      ...documented,
      credentials: { ...documented.credentials, secretAccessKey: 'rotated/KEY' },
    };
    const nextDay = { ...documented, now: new Date('2015-08-31T00:00:01Z') };
    const signature = (headers: Record<string, string>) => headers.authorization?.split('Signature=')[1];
    // the same signatures by hand (the documented derivation: day, region, service, aws4_request)
    const byHand = (secret: string, now: Date) => {
      const day = now.toISOString().slice(0, 10).replaceAll('-', '');
      let key: Buffer = createHmac('sha256', `AWS4${secret}`).update(day).digest();
      for (const part of ['us-east-1', 'iam', 'aws4_request'])
        key = createHmac('sha256', key).update(part).digest();
      const stamp = now.toISOString().replace(/[-:]|\.\d{3}/g, '');
      const canonical = [
        'GET',
        '/',
        'Action=ListUsers&Version=2010-05-08',
        'content-type:application/x-www-form-urlencoded; charset=utf-8',
        'host:iam.amazonaws.com',
        `x-amz-date:${stamp}`,
        '',
        'content-type;host;x-amz-date',
        createHash('sha256').update('').digest('hex'),
      ].join('\n');
      const toSign = [
        'AWS4-HMAC-SHA256',
        stamp,
        `${day}/us-east-1/iam/aws4_request`,
        createHash('sha256').update(canonical).digest('hex'),
      ].join('\n');
      return createHmac('sha256', key).update(toSign).digest('hex');
    };

    // Act & Assess
    expect(signature(signRequest(rotated))).toBe(byHand('rotated/KEY', documented.now));
    expect(signature(signRequest(nextDay))).toBe(byHand(documented.credentials.secretAccessKey, nextDay.now));
    expect(signature(signRequest(documented))).toBe(
      '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    );
  });
});
