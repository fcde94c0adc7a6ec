import { type ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * A benchmark's measured side in a process of its own, as a Lambda is: the emulators stay in the bench's process
 * (DynamoDB's work is not on the function's CPU in AWS, and an in-process emulator's heap of a whole table makes
 * the job pay its garbage collections), the job and its raw baselines run in one long-lived child that answers
 * commands over IPC. Each answer carries the wall time and the child's own CPU time for that command only.
 */
export interface Measured<T> {
  ms: number;
  cpuMs: number;
  result: T;
}

type Commands = Record<string, (args: unknown) => Promise<unknown>>;

interface Request {
  id: number;
  command: string;
  args: unknown;
}

interface Answer {
  id: number;
  measured?: Measured<unknown>;
  error?: string;
}

export interface Worker {
  run<T>(command: string, args?: unknown): Promise<Measured<T>>;
  stop(): Promise<void>;
}

/** Starts `file` as a worker (with tsx) under `marker=1` and this process's environment: the emulators'. */
export function startWorker(file: string, marker: string, env: Record<string, string> = {}): Worker {
  const child: ChildProcess = fork(file, [], {
    execArgv: [
      '--import',
      'tsx',
      // BENCH_WORKER_NODE_OPTIONS='--max-semi-space-size=64': V8 flags for the worker (to try a Lambda setting)
      ...(process.env.BENCH_WORKER_NODE_OPTIONS ? process.env.BENCH_WORKER_NODE_OPTIONS.split(' ') : []),
      // BENCH_WORKER_PROFILE=<folder>: a V8 CPU profile of the worker, written there when it exits
      ...(process.env.BENCH_WORKER_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WORKER_PROFILE}`]
        : []),
    ],
    env: { ...process.env, ...env, [marker]: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, { resolve: (m: Measured<unknown>) => void; reject: (e: Error) => void }>();
  let next = 0;
  child.on('message', (answer: Answer) => {
    const entry = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.error !== undefined) entry?.reject(new Error(answer.error));
    else if (answer.measured) entry?.resolve(answer.measured);
  });
  child.on('exit', (code) => {
    for (const entry of waiting.values()) entry.reject(new Error(`bench worker exited ${code}`));
    waiting.clear();
  });
  return {
    run<T>(command: string, args?: unknown) {
      next += 1;
      const id = next;
      return new Promise<Measured<T>>((resolvePromise, reject) => {
        waiting.set(id, { resolve: resolvePromise as (m: Measured<unknown>) => void, reject });
        child.send({ id, command, args } satisfies Request);
      });
    },
    stop: () =>
      new Promise<void>((resolvePromise) => {
        if (child.exitCode !== null) return resolvePromise();
        child.once('exit', () => resolvePromise());
        child.disconnect();
      }),
  };
}

/** Whether this process is the worker `file` started under `marker`. */
export const isWorker = (file: string, marker: string): boolean =>
  process.env[marker] === '1' && process.argv[1] !== undefined && resolve(process.argv[1]) === file;

/** The worker's side: runs each command it is sent, one at a time, and answers with what it measured. */
export function serveWorker(commands: Commands): void {
  process.on('message', async ({ id, command, args }: Request) => {
    const work = commands[command];
    if (!work) {
      process.send?.({ id, error: `unknown bench command ${command}` } satisfies Answer);
      return;
    }
    try {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = await work(args);
      const ms = performance.now() - started;
      const { user, system } = process.cpuUsage(cpu);
      process.send?.({ id, measured: { ms, cpuMs: (user + system) / 1000, result } } satisfies Answer);
    } catch (error) {
      process.send?.({ id, error: error instanceof Error ? error.stack : String(error) } satisfies Answer);
    }
  });
  process.on('disconnect', () => process.exit(0));
}

/** The middle of the figures (the mean of the two middle ones for an even count): a bench's rounds' verdict. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
