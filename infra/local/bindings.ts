import { events, groups, jobs, routes } from '#functions/manifest';
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
}

export interface LocalEvent {
  readonly name: string;
  readonly bucket: string;
  readonly prefix: string;
  readonly module: string;
  readonly timeoutMs: number;
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
  const localJobs: LocalJob[] = jobs.map((job: JobSpec) => ({
    name: job.name,
    cron: job.cron,
    module: job.handler,
    timeoutMs: (job.timeoutSeconds ?? defaultTimeoutSeconds.job) * 1000,
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
