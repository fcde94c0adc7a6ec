import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareStack } from '@smithy/types';

/**
 * The manifest function (route group, job or event) running right now. Only the local stack sets it, around
 * each invocation, because there every handler shares one process; in AWS each function has its own role.
 */
export const caller = new AsyncLocalStorage<{ readonly functionName: string }>();

/** Request header by which the local stack's IAM (infra/local/iam.ts) learns whose grants apply. */
export const CALLER_HEADER = 'x-changan-function';

/** Makes a local emulator's client name the function sending each request; no caller, no header (admin). */
// biome-ignore lint/suspicious/noExplicitAny: the one middleware fits every client's input and output types
export function tagLocalCaller<C extends { middlewareStack: MiddlewareStack<any, any> }>(client: C): C {
  client.middlewareStack.add(
    (next) => (args) => {
      const functionName = caller.getStore()?.functionName;
      const headers = (args.request as { headers?: Record<string, string> }).headers;
      if (functionName && headers) headers[CALLER_HEADER] = functionName;
      return next(args);
    },
    { step: 'build', name: 'changanCaller' },
  );
  return client;
}
