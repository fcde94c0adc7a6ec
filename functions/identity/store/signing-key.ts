import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as z from 'zod';
import { generateSigningJwk, isSigningJwk, type SigningJwk } from '#functions/identity/tokens/tokens';
import { readEnv } from '#functions/platform/env';

/**
 * Where the auth group keeps its private signing key: a JSON file locally (JWT_KEY_FILE, under .data/), a
 * Secrets Manager secret in AWS (JWT_SECRET_ARN). Both start without a key; the first cold start makes one.
 */
const env = readEnv({
  JWT_KEY_FILE: z.string().min(1).optional(),
  JWT_SECRET_ARN: z.string().min(1).optional(),
});

let secrets: SecretsManagerClient | undefined;

export async function loadSigningJwk(): Promise<SigningJwk> {
  if (env.JWT_SECRET_ARN) return fromSecret(env.JWT_SECRET_ARN);
  if (env.JWT_KEY_FILE) return fromFile(env.JWT_KEY_FILE);
  throw new Error('Environment is not configured: JWT_SECRET_ARN or JWT_KEY_FILE');
}

async function fromFile(path: string): Promise<SigningJwk> {
  const existing = await readJson(path);
  if (isSigningJwk(existing)) return existing;
  try {
    // `wx`: of two processes creating the key at once, one writes and the other reads the winner's key.
    await writeFile(path, JSON.stringify(await generateSigningJwk()), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const written = await readJson(path);
  if (!isSigningJwk(written))
    throw new Error(`${path} does not hold a signing key; delete it to make a new one`);
  return written;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * CDK creates the secret with a random placeholder. Seeing it, a cold start generates a key and stores it as a
 * new version whose id is derived from the placeholder's version: concurrent cold starts use the same id, so
 * Secrets Manager keeps only one of their keys, and everyone then uses whatever AWSCURRENT holds.
 */
async function fromSecret(secretId: string): Promise<SigningJwk> {
  // Loaded on first use: only the key's first read needs it, and the SDK client costs ~90 ms of cold start.
  const { GetSecretValueCommand, PutSecretValueCommand, SecretsManagerClient } = await import(
    '@aws-sdk/client-secrets-manager'
  );
  secrets ??= new SecretsManagerClient({});
  const current = await secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
  const parsed = parseJson(current.SecretString);
  if (isSigningJwk(parsed)) return parsed;
  const versionId = current.VersionId ?? randomUUID();
  try {
    await secrets.send(
      new PutSecretValueCommand({
        SecretId: secretId,
        SecretString: JSON.stringify(await generateSigningJwk()),
        ClientRequestToken: `signing-key-${versionId}`.slice(0, 64),
      }),
    );
  } catch {
    // Another cold start stored its key under the same version id first; AWSCURRENT now names it.
  }
  const settled = await secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
  const key = parseJson(settled.SecretString);
  if (!isSigningJwk(key)) throw new Error('The signing key secret holds no key after initialisation');
  return key;
}

function parseJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
