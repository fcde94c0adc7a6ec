import * as z from 'zod';

/**
 * Reads environment variables once, at cold start, and throws naming every missing or malformed one, so a
 * misconfigured function fails on its first invocation instead of half-way through a request.
 */
export function readEnv<S extends z.ZodRawShape>(shape: S, source: NodeJS.ProcessEnv = process.env) {
  const parsed = z.object(shape).safeParse(source);
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Environment is not configured: ${names}`);
  }
  return parsed.data;
}

/** Optional endpoint override: set by the local stack, absent in AWS. */
export const optionalUrl = z.string().url().optional();

/**
 * The console's public origin, for links that leave the platform (an SMS, a printed QR code): CONSOLE_ORIGIN,
 * which infra/stack.ts gives the functions that write such links; locally the default port of `npm start`.
 */
export const consoleOrigin = () =>
  (process.env.CONSOLE_ORIGIN || 'http://localhost:3000').replace(/\/+$/, '');
