import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { events, groups, jobs } from '#functions/manifest';
import { caller } from '#functions/platform/caller';
import { repoRoot } from '#infra/bundle';

type Handler = (event: unknown, context: Context) => Promise<unknown>;

const loaded = new Map<string, Promise<Handler>>();

/** Imports `functions/<module>.ts` once, like a Lambda cold start, and returns its `handler`. */
export function loadHandler(module: string): Promise<Handler> {
  let handler = loaded.get(module);
  if (!handler) {
    const url = pathToFileURL(join(repoRoot, 'functions', `${module}.ts`)).href;
    handler = import(url).then((imported: { handler?: Handler }) => {
      if (typeof imported.handler !== 'function')
        throw new Error(`functions/${module}.ts exports no handler`);
      return imported.handler;
    });
    loaded.set(module, handler);
  }
  return handler;
}

/** A Lambda context as the runtime passes it: request id, function name, remaining time. */
export function lambdaContext(functionName: string, timeoutMs: number): Context {
  const deadline = Date.now() + timeoutMs;
  const unsupported = () => {
    throw new Error('callback-style completion is not supported; return a promise');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}

export class InvocationTimeout extends Error {}

/** The manifest function (route group, job or event) each handler module is, whose grants it runs with. */
const functionByModule = new Map<string, string>([
  ...Object.entries(groups).map(([name, spec]): [string, string] => [spec.handler, name]),
  ...jobs.map((job): [string, string] => [job.handler, job.name]),
  ...events.map((event): [string, string] => [event.handler, event.name]),
]);

/**
 * Invokes a handler with a deadline, as Lambda does; the handler keeps running but its answer is dropped. It
 * runs as its manifest function (`caller`), or as `functionName` if given: its SDK calls get that function's
 * grants only (infra/local/iam.ts), from its cold start on; a name the manifest does not know gets none.
 */
export function invoke(
  module: string,
  event: unknown,
  timeoutMs: number,
  functionName = functionByModule.get(module) ?? module,
): Promise<unknown> {
  return caller.run({ functionName }, () => invokeAs(module, event, timeoutMs));
}

async function invokeAs(module: string, event: unknown, timeoutMs: number): Promise<unknown> {
  const handler = await loadHandler(module);
  const context = lambdaContext(`changan-${module.replace(/\//g, '-')}`, timeoutMs);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new InvocationTimeout(`${module} timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([handler(event, context), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
