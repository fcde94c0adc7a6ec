import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groups, routes, tables } from '#functions/manifest';
import {
  as,
  documentClient,
  failure,
  main,
  startIamStack,
  stopIamStack,
} from '#tests/integration/local/iam-support';

beforeAll(startIamStack);
afterAll(stopIamStack);

/** The one item of the key store, as `store/entities/token-keys.ts` writes it, with a key of the caller's own. */
const plantedKeySet = (TableName: string, kid = 'planted-by-a-worker') =>
  new PutCommand({
    TableName,
    Item: {
      pk: 'config',
      sk: 'jwks',
      __edb_e__: 'tokenKeys',
      __edb_v__: '1',
      version: 99,
      keys: [
        {
          kty: 'RSA',
          kid,
          alg: 'RS256',
          use: 'sig',
          n: 'AQAB',
          e: 'AQAB',
          addedAt: '2026-12-01T00:00:00.000Z',
        },
      ],
    },
  });

describe('local IAM on the token key store', () => {
  it('denies the import worker and the enterprises group any write of a signing key', async () => {
    // Prepare
    const keys = tables.keys.localName;

    // Act
    const fromImport = await failure(as('enterprise-import', () => documentClient.send(plantedKeySet(keys))));
    const fromEnterprises = await failure(as('enterprises', () => documentClient.send(plantedKeySet(keys))));
    const fromJob = await failure(
      as('sms-dispatch', () =>
        documentClient.send(new GetCommand({ TableName: keys, Key: { pk: 'config', sk: 'jwks' } })),
      ),
    );

    // Assess
    expect(fromImport).toMatchObject({ name: 'AccessDeniedException' });
    expect(fromImport.message).toContain(
      'local/enterprise-import is not authorized to perform: dynamodb:PutItem on resource: ' +
        `arn:aws:dynamodb:local:000000000000:table/${keys}`,
    );
    expect(fromEnterprises).toMatchObject({ name: 'AccessDeniedException' });
    expect(fromEnterprises.message).toContain(
      'local/enterprises is not authorized to perform: dynamodb:PutItem',
    );
    expect(fromJob.message).toContain('local/sms-dispatch is not authorized to perform: dynamodb:GetItem');
  });

  it('lets the auth group write the key set and every group with protected routes read it', async () => {
    // Prepare
    const keys = tables.keys.localName;
    const verifiers = Object.keys(groups).filter((group) =>
      routes.some((route) => route.group === group && route.access !== 'public'),
    );

    // Act
    await as('auth', () => documentClient.send(plantedKeySet(keys, 'published-by-auth')));
    const reads = await Promise.all(
      verifiers.map((group) =>
        as(group, () =>
          documentClient.send(new GetCommand({ TableName: keys, Key: { pk: 'config', sk: 'jwks' } })),
        ),
      ),
    );

    // Assess
    expect(verifiers).toEqual(expect.arrayContaining(['auth', 'users', 'enterprises', 'transfers', 'audit']));
    for (const read of reads) expect(read.Item?.version).toBe(99);
  });

  it('ignores a key set planted in the main table, which the workers may still write', async () => {
    // Prepare
    await as('enterprise-import', () => documentClient.send(plantedKeySet(main)));
    const { readPublicKeys } = await import('#functions/identity/store/public-keys');

    // Act
    const published = await as('users', () => readPublicKeys());

    // Assess
    expect(published.map((key) => key.kid)).not.toContain('planted-by-a-worker');
  });
});
