import { BUSINESS_TIME_ZONE } from '#functions/platform/clock';

/**
 * The `npm start` terminal: one readable line per thing that happened — a request, a job run, an event, a log
 * entry of a handler — each `HH:MM:SS` in Beijing time, then what it was. Powertools' JSON log lines are folded
 * into the same shape (`foldJsonLogs`), so a warning reads like a request line instead of a JSON object.
 */

/** `22:06:00`: the Beijing time of `at`, whatever the machine's zone. */
export function clockTime(at: Date): string {
  return at.toLocaleTimeString('zh-CN', { hour12: false, timeZone: BUSINESS_TIME_ZONE });
}

/** `22:06:00 text`. */
export function stamped(text: string, at = new Date()): string {
  return `${clockTime(at)} ${text}`;
}

/** `12ms` or `1.4s`. */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}

/** A value as it reads after `key=`: bare when it has no spaces or quotes, JSON-quoted otherwise. */
function valueText(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /^[^\s"=]+$/.test(text) ? text : JSON.stringify(text);
}

/**
 * What a job or event handler answered, in words: `3 items (sent 3, deferred 1)`, `0 items`, `skipped (period
 * already done)`; counts that are 0 and flags that are false say nothing and are left out.
 */
export function describeResult(result: unknown): string {
  if (result === undefined || result === null) return 'done';
  if (typeof result !== 'object' || Array.isArray(result)) return valueText(result);
  const { items, skipped, ...rest } = result as Record<string, unknown>;
  if (skipped === true) return 'skipped (period already done)';
  const details = Object.entries(rest)
    .filter(([, value]) => value !== 0 && value !== false && value !== null && value !== undefined)
    .map(([key, value]) => (typeof value === 'number' ? `${key} ${value}` : `${key} ${valueText(value)}`));
  const head = typeof items === 'number' ? `${items} item${items === 1 ? '' : 's'}` : 'done';
  return details.length > 0 ? `${head} (${details.join(', ')})` : head;
}

/** `job sms-dispatch 0 items 8ms`, `job stats failed after 2.1s: <message>`. */
export function jobLine(name: string, outcome: { result?: unknown; error?: unknown; ms: number }): string {
  if (outcome.error !== undefined)
    return `job ${name} failed after ${duration(outcome.ms)}: ${errorText(outcome.error)}`;
  return `job ${name} ${describeResult(outcome.result)} ${duration(outcome.ms)}`;
}

/** `event enterprise-import imports/city/x.csv done`, or `… failed: <message>`. */
export function eventLine(name: string, key: string, outcome: { result?: unknown; error?: unknown }): string {
  if (outcome.error !== undefined) return `event ${name} ${key} failed: ${errorText(outcome.error)}`;
  return `event ${name} ${key} ${describeResult(outcome.result)}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Keys of every Powertools line that the terminal does not need (time and level are shown otherwise). */
const noiseKeys = new Set([
  'level',
  'message',
  'timestamp',
  'service',
  'sampling_rate',
  'xray_trace_id',
  'cold_start',
  'function_arn',
  'function_memory_size',
  'function_name',
  'function_request_id',
]);

/** A logged error as Powertools serialises it: `TypeError: boom (functions/x.ts:12)`. */
function loggedError(value: Record<string, unknown>, root: string): string {
  const location = typeof value.location === 'string' ? value.location.replace(`${root}/`, '') : '';
  return `${value.name ?? 'Error'}: ${value.message ?? ''}${location ? ` (${location})` : ''}`;
}

function isLoggedError(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'message' in value && 'stack' in value;
}

/**
 * One Powertools JSON log line as `22:06:00 WARN login refused username=admin attempts=1`; anything that is
 * not such a line gives undefined (it is printed as it is). `root` is cut from error locations.
 */
export function powertoolsLine(line: string, root = ''): string | undefined {
  if (!line.startsWith('{')) return undefined;
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof entry.level !== 'string' || typeof entry.message !== 'string' || !('timestamp' in entry))
    return undefined;
  const at = new Date(String(entry.timestamp));
  const fields = Object.entries(entry)
    .filter(([key]) => !noiseKeys.has(key))
    .map(
      ([key, value]) =>
        `${key}=${isLoggedError(value) ? valueText(loggedError(value, root)) : valueText(value)}`,
    );
  const text = [entry.level, entry.message, ...fields].join(' ');
  return Number.isNaN(at.getTime()) ? stamped(text) : stamped(text, at);
}

/**
 * Rewrites the Powertools JSON lines written to `stream` (stdout for info, stderr for warnings and errors) into
 * `powertoolsLine`s; every other write passes unchanged. Returns the function that undoes it.
 */
export function foldJsonLogs(stream: NodeJS.WriteStream, root = ''): () => void {
  const write = stream.write;
  const folded = (chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : undefined;
    const next =
      text?.startsWith('{') === true
        ? text
            .split('\n')
            .map((line) => powertoolsLine(line, root) ?? line)
            .join('\n')
        : chunk;
    return (write as (...args: unknown[]) => boolean).call(stream, next, ...rest);
  };
  stream.write = folded as typeof stream.write;
  return () => {
    stream.write = write;
  };
}
