import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  failure,
  photosBucket,
  s3,
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
      as('system', () => s3.putObject(transfersBucket, 'iam/a.txt', 'x', 'text/plain')),
    );
    const get = await failure(as('system', () => s3.getObject(transfersBucket, 'iam/a.txt')));

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
    await as('transfers', () => s3.putObject(transfersBucket, 'iam/b.txt', 'hello', 'text/plain'));
    const read = await as('transfers', () => s3.getObject(transfersBucket, 'iam/b.txt'));
    const other = await failure(
      as('transfers', () => s3.putObject(photosBucket, 'iam/b.txt', 'x', 'text/plain')),
    );

    // Assess
    expect(Buffer.from(read).toString('utf8')).toBe('hello');
    expect(other).toMatchObject({ name: 'AccessDenied', status: 403 });
  });
});
