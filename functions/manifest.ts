/**
 * Every table, bucket, HTTP route, job and event of the platform: the one place to look (ARCHITECTURE.md §3).
 * `infra/` turns it into AWS resources and `infra/local/` into the local stack; tests prove both match it.
 */
import type { BucketSpec, EventSpec, GroupSpec, JobSpec, RouteSpec } from '#functions/lib/manifest-types';
import { healthSchema, openApiDocumentSchema } from '#functions/schemas/system';
import { mainTable } from '#functions/store/table';

export const tables = { main: mainTable } as const;
export type TableName = keyof typeof tables;

export const buckets = {
  photos: { envVar: 'PHOTOS_BUCKET', localName: 'changan-photos', browserUploads: true },
} as const satisfies Record<string, BucketSpec>;
export type BucketName = keyof typeof buckets;

/** One Lambda per route group; `functions/http/<group>.ts` exports its `handler`. */
export const groups = {
  system: { description: '健康检查与接口文档', grants: {} },
} as const satisfies Record<string, GroupSpec>;
export type GroupName = keyof typeof groups;

/** Keeps each route's schema types while checking it against RouteSpec. */
function route<const R extends RouteSpec<GroupName>>(spec: R): R {
  return spec;
}

export const routes = [
  route({
    method: 'GET',
    path: '/api/health',
    group: 'system',
    access: 'public',
    summary: '健康检查',
    response: healthSchema,
  }),
  route({
    method: 'GET',
    path: '/api/openapi.json',
    group: 'system',
    access: 'public',
    summary: '接口文档（OpenAPI 3.1）',
    response: openApiDocumentSchema,
  }),
] as const;
export type Route = (typeof routes)[number];

export const jobs = [
  {
    name: 'heartbeat',
    description: '调度心跳：每 10 分钟记录一次运行，便于确认定时任务在运行',
    cron: '*/10 * * * *',
    handler: 'jobs/heartbeat',
    grants: { tables: { main: 'readWrite' } },
  },
] as const satisfies readonly JobSpec[];
export type JobName = (typeof jobs)[number]['name'];

export const events = [
  {
    name: 'upload-check',
    description: '上传对象检查：大小、类型与文件头不符的对象被删除',
    bucket: 'photos',
    prefix: '',
    handler: 'events/upload-check',
    grants: { buckets: { photos: 'readWrite' } },
  },
] as const satisfies readonly (EventSpec & { bucket: BucketName })[];

export const manifest = { tables, buckets, groups, routes, jobs, events } as const;
export type Manifest = typeof manifest;
