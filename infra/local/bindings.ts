import { events, groups, jobs, routes } from '#functions/manifest';
import { DUE_SHARDS } from '#functions/messages/domain/shards';
import {
  defaultTimeoutSeconds,
  type EventSpec,
  type GroupSpec,
  type JobSpec,
  type RouteKey,
  routeKey,
} from '#functions/platform/manifest-types';

export interface LocalRoute {
  readonly key: RouteKey;
  readonly method: string;
  readonly path: string;
  readonly group: string;
  /** Module under functions/ that exports the group's `handler`. */
  readonly module: string;
  /** Matches a request path; captures `{name}` parameters like API Gateway does (one segment each). */
  readonly pattern: RegExp;
  readonly paramNames: readonly string[];
  /** The group's Lambda timeout, capped by API Gateway's 30 s integration timeout. */
  readonly timeoutMs: number;
}

export interface LocalJob {
  readonly name: string;
  readonly cron: string;
  readonly module: string;
  readonly timeoutMs: number;
  /** Runs started at each tick, each passed its `{segment, totalSegments}` (1: one plain run, as in AWS). */
  readonly segments: number;
}

export interface LocalEvent {
  readonly name: string;
  readonly bucket: string;
  readonly prefix: string;
  readonly module: string;
  readonly timeoutMs: number;
}

/**
 * The SMS dispatcher's runs per minute locally (`SMS_DISPATCHER_SEGMENTS`, 1–16), as `-c smsDispatcherSegments`
 * makes n schedules in AWS. Read when the bindings are made; a value outside 1–16 stops the start.
 */
export function dispatcherSegmentsFromEnv(value = process.env.SMS_DISPATCHER_SEGMENTS): number {
  if (value === undefined || value === '') return 1;
  const segments = Number(value);
  if (!Number.isInteger(segments) || segments < 1 || segments > DUE_SHARDS)
    throw new Error(
      `SMS_DISPATCHER_SEGMENTS must be a whole number from 1 to ${DUE_SHARDS} (the due index's shards), not ${value}`,
    );
  return segments;
}

function groupTimeout(group: string): number {
  const spec: GroupSpec | undefined = (groups as Record<string, GroupSpec>)[group];
  return spec?.timeoutSeconds ?? defaultTimeoutSeconds.http;
}

function compilePath(path: string): { pattern: RegExp; paramNames: string[] } {
  const paramNames: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param?.[1]) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      paramNames.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), paramNames };
}

/** What the local stack mounts, derived from the manifest alone; the gateway, scheduler and event bus use it. */
export function localBindings() {
  const localRoutes: LocalRoute[] = routes.map((route) => ({
    key: routeKey(route),
    method: route.method,
    path: route.path,
    group: route.group,
    module: (groups as Record<string, GroupSpec>)[route.group]?.handler ?? `missing/${route.group}`,
    ...compilePath(route.path),
    timeoutMs: Math.min(30, groupTimeout(route.group)) * 1000,
  }));
  const dispatcherSegments = dispatcherSegmentsFromEnv();
  const localJobs: LocalJob[] = jobs.map((job: JobSpec) => ({
    name: job.name,
    cron: job.cron,
    module: job.handler,
    timeoutMs: (job.timeoutSeconds ?? defaultTimeoutSeconds.job) * 1000,
    segments: job.name === 'sms-dispatch' ? dispatcherSegments : 1,
  }));
  const localEvents: LocalEvent[] = events.map((event) => ({
    name: event.name,
    bucket: event.bucket,
    prefix: event.prefix,
    module: event.handler,
    timeoutMs: ((event as EventSpec).timeoutSeconds ?? defaultTimeoutSeconds.event) * 1000,
  }));
  return { routes: localRoutes, jobs: localJobs, events: localEvents, groups: Object.keys(groups) };
}
export type LocalBindings = ReturnType<typeof localBindings>;
