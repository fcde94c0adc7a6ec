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
