import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The manifest function (route group, job or event) running right now. Only the local stack sets it, around
 * each invocation, because there every handler shares one process; in AWS each function has its own role.
 */
export const caller = new AsyncLocalStorage<{ readonly functionName: string }>();

/** Request header by which the local stack's IAM (infra/local/iam.ts) learns whose grants apply. */
export const CALLER_HEADER = 'x-changan-function';
