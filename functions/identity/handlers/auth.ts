import * as z from 'zod';
import { authenticate } from '#functions/identity/authenticate';
import { identityManifest } from '#functions/identity/manifest';
import { readPublicKeys } from '#functions/identity/store/public-keys';
import { changeOwnPassword, currentUser, logIn } from '#functions/identity/store/sessions';
import { currentSigner } from '#functions/identity/store/token-signer';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { readEnv } from '#functions/platform/env';
import { httpGroup } from '#functions/platform/http/group';
import type { HttpEvent } from '#functions/platform/http/types';
import { ok, written } from '#functions/platform/respond';

const env = readEnv({ JWT_ISSUER: z.string().url() });

/** The caller's address as the gateway saw the connection (API Gateway and the local gateway alike). */
const clientAddress = (event: HttpEvent) => event.requestContext.http.sourceIp || 'unknown';

export const handler = httpGroup(
  identityManifest.routes,
  'auth',
  {
    'POST /api/auth/login': async ({ body, now, event }) => {
      const signer = await currentSigner(now);
      const client = { signer, issuer: env.JWT_ISSUER, address: clientAddress(event) };
      return ok(await logIn(body.username, body.password, client, now));
    },
    'GET /api/auth/jwks.json': async ({ now }) => {
      await currentSigner(now); // publishes this group's key before the first verifier asks for it
      return ok({ keys: await readPublicKeys() }, { 'cache-control': 'public, max-age=300' });
    },
    'GET /api/auth/.well-known/openid-configuration': async () =>
      ok(
        { issuer: env.JWT_ISSUER, jwks_uri: `${env.JWT_ISSUER}/jwks.json` },
        { 'cache-control': 'public, max-age=3600' },
      ),
    'GET /api/me': async ({ principal }) => ok(await currentUser(principal)),
    'POST /api/me/password': async ({ principal, body, now, event }) => {
      const signer = await currentSigner(now);
      const change = { ...body, signer, issuer: env.JWT_ISSUER, address: clientAddress(event) };
      const { result, audit } = await changeOwnPassword(principal, change, now);
      return written(result, audit);
    },
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
