import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CitySummary, WriteCityOptions } from './city';
import type { CityProgress } from './progress-line';

/**
 * `writeCity` in a process of its own, next to the emulators of this one: the seed builds every item (ElectroDB
 * params, codes, hashes) while dynalite stores the previous batches, on two cores, as it does when it writes into
 * a running `npm start`. In one process the two took turns on one thread: the seed wrote at ≈ 0.66× the raw rate
 * of the same process. The raw baseline is measured in the writing process too, so the ratio compares like with
 * like. Progress and the raw rate come back over IPC as they happen.
 */
type Serializable = Omit<WriteCityOptions, 'onProgress' | 'onRawRate' | 'at'> & { at?: string };

type Message =
  | { kind: 'progress'; progress: CityProgress; final?: boolean }
  | { kind: 'raw'; raw: NonNullable<CitySummary['raw']> }
  | { kind: 'done'; summary: CitySummary }
  | { kind: 'failed'; error: string };

const thisFile = fileURLToPath(import.meta.url);
const MARKER = 'SEED_CITY_APART';

export function writeCityApart(options: WriteCityOptions = {}): Promise<CitySummary> {
  const { onProgress, onRawRate, at, ...rest } = options;
  const serializable: Serializable = { ...rest, ...(at ? { at: at.toISOString() } : {}) };
  const child = fork(thisFile, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, [MARKER]: JSON.stringify(serializable) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolvePromise, reject) => {
    let settled = false;
    child.on('message', (message: Message) => {
      if (message.kind === 'progress') onProgress?.(message.progress, message.final);
      else if (message.kind === 'raw') onRawRate?.(message.raw);
      else if (message.kind === 'done') {
        settled = true;
        resolvePromise(message.summary);
      } else {
        settled = true;
        reject(new Error(message.error));
      }
    });
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`the city writer exited ${code} before it finished`));
    });
  });
}

/** The child's side: the options from the parent, the work, then the summary; it exits when it is done. */
async function writeInChild(raw: string): Promise<void> {
  const { at, ...rest } = JSON.parse(raw) as Serializable;
  const send = (message: Message) =>
    new Promise<void>((done) => (process.send ? process.send(message, () => done()) : done()));
  try {
    const { writeCity } = await import('./city');
    const summary = await writeCity({
      ...rest,
      ...(at ? { at: new Date(at) } : {}),
      onProgress: (progress, final) => void send({ kind: 'progress', progress, final }),
      onRawRate: (rawRate) => void send({ kind: 'raw', raw: rawRate }),
    });
    await send({ kind: 'done', summary });
  } catch (error) {
    await send({
      kind: 'failed',
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
  process.disconnect?.();
}

const given = process.env[MARKER];
if (given && process.argv[1] && resolve(process.argv[1]) === thisFile) await writeInChild(given);
