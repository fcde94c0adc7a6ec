import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateSigningJwk, isSigningJwk } from '#functions/identity/tokens/tokens';

const secrets = mockClient(SecretsManagerClient);
let dir: string;

/** The store reads its environment once, like a cold start: each test imports a fresh copy. */
async function freshStore(env: Record<string, string>) {
  vi.resetModules();
  delete process.env.JWT_KEY_FILE;
  delete process.env.JWT_SECRET_ARN;
  Object.assign(process.env, env);
  return import('#functions/identity/store/signing-key');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'changan-key-test-'));
  secrets.reset();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.JWT_KEY_FILE;
  delete process.env.JWT_SECRET_ARN;
});

describe('the signing key on the local stack (a file)', () => {
  it('makes a key when the file is missing, keeps it private, and reuses it', async () => {
    // Prepare
    const file = join(dir, 'jwt-signing-key.json');
    const store = await freshStore({ JWT_KEY_FILE: file });

    // Act
    const [first, concurrent] = await Promise.all([store.loadSigningJwk(), store.loadSigningJwk()]);
    const again = await (await freshStore({ JWT_KEY_FILE: file })).loadSigningJwk();

    // Assess
    expect(isSigningJwk(first)).toBe(true);
    expect(concurrent.kid).toBe(first.kid);
    expect(again.kid).toBe(first.kid);
    expect(JSON.parse(readFileSync(file, 'utf8')).kid).toBe(first.kid);
    expect(statSync(file).mode & 0o077).toBe(0);
  });
});

describe('the signing key in AWS (a Secrets Manager secret)', () => {
  const SecretId = 'arn:aws-cn:secretsmanager:cn-north-1:000000000000:secret:signing-key';

  it('uses the key the secret holds without writing', async () => {
    // Prepare
    const jwk = await generateSigningJwk();
    secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify(jwk), VersionId: 'v1' });
    const store = await freshStore({ JWT_SECRET_ARN: SecretId });

    // Act
    const loaded = await store.loadSigningJwk();

    // Assess
    expect(loaded.kid).toBe(jwk.kid);
    expect(secrets.commandCalls(PutSecretValueCommand)).toHaveLength(0);
  });

  it('replaces the placeholder with a new key under a version id derived from the placeholder’s', async () => {
    // Prepare
    let stored = 'Xy7placeholderFromCloudFormation';
    secrets
      .on(GetSecretValueCommand)
      .callsFake(async () => ({ SecretString: stored, VersionId: 'placeholder-v1' }));
    secrets.on(PutSecretValueCommand).callsFake(async (input: { SecretString: string }) => {
      stored = input.SecretString;
      return {};
    });
    const store = await freshStore({ JWT_SECRET_ARN: SecretId });

    // Act
    const loaded = await store.loadSigningJwk();

    // Assess
    const [put] = secrets.commandCalls(PutSecretValueCommand);
    expect(put?.args[0].input).toMatchObject({ SecretId, ClientRequestToken: 'signing-key-placeholder-v1' });
    expect(loaded).toEqual(JSON.parse(stored));
  });

  it('takes the key another cold start stored first when its own write is refused', async () => {
    // Prepare
    const winner = await generateSigningJwk();
    secrets
      .on(GetSecretValueCommand)
      .resolvesOnce({ SecretString: 'placeholder', VersionId: 'placeholder-v1' })
      .resolves({ SecretString: JSON.stringify(winner), VersionId: 'signing-key-placeholder-v1' });
    secrets
      .on(PutSecretValueCommand)
      .rejects(Object.assign(new Error('version exists'), { name: 'ResourceExistsException' }));
    const store = await freshStore({ JWT_SECRET_ARN: SecretId });

    // Act
    const loaded = await store.loadSigningJwk();

    // Assess
    expect(loaded.kid).toBe(winner.kid);
  });
});
