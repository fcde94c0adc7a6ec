import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  failure,
  photosBucket,
  s3Client,
  startIamStack,
  stopIamStack,
  transfersBucket,
} from '#tests/integration/local/iam-support';

beforeAll(startIamStack);
afterAll(stopIamStack);

describe('local IAM on S3', () => {
  it('denies a function without bucket grants GetObject and PutObject', async () => {
    // Act
    const put = await failure(
      as('system', () =>
        s3Client.send(new PutObjectCommand({ Bucket: transfersBucket, Key: 'iam/a.txt', Body: 'x' })),
      ),
    );
    const get = await failure(
      as('system', () => s3Client.send(new GetObjectCommand({ Bucket: transfersBucket, Key: 'iam/a.txt' }))),
    );

    // Assess
    expect(put).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(put.message).toContain(
      `local/system is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::${transfersBucket}/iam/a.txt`,
    );
    expect(get).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(get.message).toContain('s3:GetObject');
  });

  it('lets a function use the bucket it is granted and no other', async () => {
    // Act
    await as('transfers', () =>
      s3Client.send(new PutObjectCommand({ Bucket: transfersBucket, Key: 'iam/b.txt', Body: 'hello' })),
    );
    const read = await as('transfers', () =>
      s3Client.send(new GetObjectCommand({ Bucket: transfersBucket, Key: 'iam/b.txt' })),
    );
    const other = await failure(
      as('transfers', () =>
        s3Client.send(new PutObjectCommand({ Bucket: photosBucket, Key: 'iam/b.txt', Body: 'x' })),
      ),
    );

    // Assess
    expect(await read.Body?.transformToString()).toBe('hello');
    expect(other).toMatchObject({ name: 'AccessDenied', status: 403 });
  });
});
