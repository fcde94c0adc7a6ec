/**
 * Every table, bucket, HTTP route, job and event of the platform: the one place to look (ARCHITECTURE.md §3).
 * `infra/` turns it into AWS resources and `infra/local/` into the local stack; tests prove both match it.
 */
import type {
  BucketSpec,
  EventSpec,
  GroupSpec,
  JobSpec,
  Role,
  RouteSpec,
} from '#functions/lib/manifest-types';
import { auditEntrySchema, auditListQuerySchema } from '#functions/schemas/audit';
import {
  changePasswordSchema,
  jwksSchema,
  loginResultSchema,
  loginSchema,
  meSchema,
  openIdConfigurationSchema,
} from '#functions/schemas/auth';
import {
  enterpriseInputSchema,
  enterpriseListQuerySchema,
  enterpriseSchema,
} from '#functions/schemas/enterprises';
import {
  messageDetailSchema,
  messageListQuerySchema,
  messageSchema,
  testMessageSchema,
} from '#functions/schemas/messages';
import {
  districtSchema,
  gridCreateSchema,
  gridListQuerySchema,
  gridSchema,
  gridUpdateSchema,
  townCreateSchema,
  townListQuerySchema,
  townSchema,
  townUpdateSchema,
} from '#functions/schemas/org';
import { emptySchema, idParamsSchema, pageOf } from '#functions/schemas/pagination';
import { healthSchema, openApiDocumentSchema } from '#functions/schemas/system';
import {
  exportCreateSchema,
  exportTaskSchema,
  importCreatedSchema,
  importCreateSchema,
  importTaskSchema,
} from '#functions/schemas/transfers';
import {
  passwordResetResultSchema,
  userCreateSchema,
  userListQuerySchema,
  userSchema,
  userStatusSchema,
  userUpdateSchema,
} from '#functions/schemas/users';
import { auditTable } from '#functions/store/audit-table';
import { mainTable } from '#functions/store/table';

export const tables = { main: mainTable, audit: auditTable } as const;
export type TableName = keyof typeof tables;

export const buckets = {
  photos: { envVar: 'PHOTOS_BUCKET', localName: 'changan-photos', browserUploads: true },
  /** Import files uploaded by the console, import error reports and generated exports. */
  // Import files, reports and exports carry phone numbers: kept a week, then deleted.
  transfers: {
    envVar: 'TRANSFERS_BUCKET',
    localName: 'changan-transfers',
    browserUploads: true,
    expireAfterDays: 7,
  },
} as const satisfies Record<string, BucketSpec>;
export type BucketName = keyof typeof buckets;

/** One Lambda per route group; `functions/http/<group>.ts` exports its `handler`. */
export const groups = {
  system: { description: '健康检查与接口文档', grants: {} },
  auth: {
    description: '登录、当前用户、修改密码、令牌公钥',
    grants: { tables: { main: 'readWrite', audit: 'append' } },
  },
  users: { description: '用户管理', grants: { tables: { main: 'readWrite', audit: 'append' } } },
  org: { description: '辖区、镇（街道）与网格', grants: { tables: { main: 'readWrite', audit: 'append' } } },
  enterprises: { description: '企业登记', grants: { tables: { main: 'readWrite', audit: 'append' } } },
  transfers: {
    description: '企业导入与导出任务',
    grants: { tables: { main: 'readWrite', audit: 'append' }, buckets: { transfers: 'readWrite' } },
  },
  messages: {
    description: '消息中心（短信发件箱）',
    grants: { tables: { main: 'readWrite', audit: 'append' } },
  },
  audit: { description: '操作日志', grants: { tables: { main: 'read', audit: 'read' } } },
} as const satisfies Record<string, GroupSpec>;
export type GroupName = keyof typeof groups;

const everyone: readonly Role[] = [
  'cityAdmin',
  'districtAdmin',
  'townOfficer',
  'gridMember',
  'enterpriseUser',
];
const supervisors: readonly Role[] = ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember'];
const managers: readonly Role[] = ['cityAdmin', 'districtAdmin'];

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
  // ── auth ──
  route({
    method: 'POST',
    path: '/api/auth/login',
    group: 'auth',
    access: 'public',
    summary: '登录（连续失败 5 次锁定 15 分钟）',
    body: loginSchema,
    response: loginResultSchema,
  }),
  route({
    method: 'GET',
    path: '/api/auth/jwks.json',
    group: 'auth',
    access: 'public',
    summary: '令牌验签公钥（JWKS）',
    response: jwksSchema,
  }),
  route({
    method: 'GET',
    path: '/api/auth/.well-known/openid-configuration',
    group: 'auth',
    access: 'public',
    summary: '令牌签发方信息（供网关 JWT 校验）',
    response: openIdConfigurationSchema,
  }),
  route({
    method: 'GET',
    path: '/api/me',
    group: 'auth',
    access: everyone,
    summary: '当前用户',
    response: meSchema,
  }),
  route({
    method: 'POST',
    path: '/api/me/password',
    group: 'auth',
    access: everyone,
    summary: '修改本人密码',
    body: changePasswordSchema,
    response: emptySchema,
    status: 204,
  }),
  // ── users ──
  route({
    method: 'GET',
    path: '/api/users',
    group: 'users',
    access: managers,
    summary: '用户列表',
    query: userListQuerySchema,
    response: pageOf(userSchema),
  }),
  route({
    method: 'POST',
    path: '/api/users',
    group: 'users',
    access: managers,
    summary: '新建用户',
    body: userCreateSchema,
    response: userSchema,
    status: 201,
  }),
  route({
    method: 'GET',
    path: '/api/users/{id}',
    group: 'users',
    access: managers,
    summary: '用户详情',
    params: idParamsSchema,
    response: userSchema,
  }),
  route({
    method: 'PUT',
    path: '/api/users/{id}',
    group: 'users',
    access: managers,
    summary: '修改用户',
    params: idParamsSchema,
    body: userUpdateSchema,
    response: userSchema,
  }),
  route({
    method: 'POST',
    path: '/api/users/{id}/status',
    group: 'users',
    access: managers,
    summary: '停用或启用用户',
    params: idParamsSchema,
    body: userStatusSchema,
    response: userSchema,
  }),
  route({
    method: 'POST',
    path: '/api/users/{id}/password-reset',
    group: 'users',
    access: managers,
    summary: '重置密码（生成一次性临时密码）',
    params: idParamsSchema,
    response: passwordResetResultSchema,
  }),
  // ── org ──
  route({
    method: 'GET',
    path: '/api/districts',
    group: 'org',
    access: supervisors,
    summary: '辖市（区）列表（固定 7 个）',
    response: pageOf(districtSchema),
  }),
  route({
    method: 'GET',
    path: '/api/towns',
    group: 'org',
    access: supervisors,
    summary: '镇（街道）列表',
    query: townListQuerySchema,
    response: pageOf(townSchema),
  }),
  route({
    method: 'POST',
    path: '/api/towns',
    group: 'org',
    access: managers,
    summary: '新建镇（街道）',
    body: townCreateSchema,
    response: townSchema,
    status: 201,
  }),
  route({
    method: 'GET',
    path: '/api/towns/{id}',
    group: 'org',
    access: supervisors,
    summary: '镇（街道）详情',
    params: idParamsSchema,
    response: townSchema,
  }),
  route({
    method: 'PUT',
    path: '/api/towns/{id}',
    group: 'org',
    access: managers,
    summary: '修改镇（街道）',
    params: idParamsSchema,
    body: townUpdateSchema,
    response: townSchema,
  }),
  route({
    method: 'DELETE',
    path: '/api/towns/{id}',
    group: 'org',
    access: managers,
    summary: '删除镇（街道）（其下无网格和企业时）',
    params: idParamsSchema,
    response: emptySchema,
    status: 204,
  }),
  route({
    method: 'GET',
    path: '/api/grids',
    group: 'org',
    access: supervisors,
    summary: '网格列表',
    query: gridListQuerySchema,
    response: pageOf(gridSchema),
  }),
  route({
    method: 'POST',
    path: '/api/grids',
    group: 'org',
    access: managers,
    summary: '新建网格',
    body: gridCreateSchema,
    response: gridSchema,
    status: 201,
  }),
  route({
    method: 'GET',
    path: '/api/grids/{id}',
    group: 'org',
    access: supervisors,
    summary: '网格详情',
    params: idParamsSchema,
    response: gridSchema,
  }),
  route({
    method: 'PUT',
    path: '/api/grids/{id}',
    group: 'org',
    access: managers,
    summary: '修改网格',
    params: idParamsSchema,
    body: gridUpdateSchema,
    response: gridSchema,
  }),
  route({
    method: 'DELETE',
    path: '/api/grids/{id}',
    group: 'org',
    access: managers,
    summary: '删除网格（其下无企业时）',
    params: idParamsSchema,
    response: emptySchema,
    status: 204,
  }),
  // ── enterprises ──
  route({
    method: 'GET',
    path: '/api/enterprises',
    group: 'enterprises',
    access: everyone,
    summary: '企业列表（按辖区、镇、网格或网格外、行业、标记、状态、名称筛选）',
    query: enterpriseListQuerySchema,
    response: pageOf(enterpriseSchema),
  }),
  route({
    method: 'POST',
    path: '/api/enterprises',
    group: 'enterprises',
    access: managers,
    summary: '新建企业',
    body: enterpriseInputSchema,
    response: enterpriseSchema,
    status: 201,
  }),
  route({
    method: 'GET',
    path: '/api/enterprises/{id}',
    group: 'enterprises',
    access: everyone,
    summary: '企业详情（管理角色可见完整电话）',
    params: idParamsSchema,
    response: enterpriseSchema,
  }),
  route({
    method: 'PUT',
    path: '/api/enterprises/{id}',
    group: 'enterprises',
    access: managers,
    summary: '修改企业',
    params: idParamsSchema,
    body: enterpriseInputSchema,
    response: enterpriseSchema,
  }),
  route({
    method: 'DELETE',
    path: '/api/enterprises/{id}',
    group: 'enterprises',
    access: managers,
    summary: '删除企业',
    params: idParamsSchema,
    response: emptySchema,
    status: 204,
  }),
  // ── transfers ──
  route({
    method: 'POST',
    path: '/api/enterprise-imports',
    group: 'transfers',
    access: managers,
    summary: '发起企业导入（返回文件直传地址）',
    body: importCreateSchema,
    response: importCreatedSchema,
    status: 201,
  }),
  route({
    method: 'GET',
    path: '/api/enterprise-imports/{id}',
    group: 'transfers',
    access: managers,
    summary: '导入进度与逐行错误',
    params: idParamsSchema,
    response: importTaskSchema,
  }),
  route({
    method: 'POST',
    path: '/api/enterprise-exports',
    group: 'transfers',
    access: supervisors,
    summary: '发起企业导出（XLSX，按当前筛选）',
    body: exportCreateSchema,
    response: exportTaskSchema,
    status: 201,
  }),
  route({
    method: 'GET',
    path: '/api/enterprise-exports/{id}',
    group: 'transfers',
    access: supervisors,
    summary: '导出进度与下载地址',
    params: idParamsSchema,
    response: exportTaskSchema,
  }),
  // ── messages ──
  route({
    method: 'GET',
    path: '/api/messages',
    group: 'messages',
    access: managers,
    summary: '消息列表（按状态、模板、辖区、日期筛选）',
    query: messageListQuerySchema,
    response: pageOf(messageSchema),
  }),
  route({
    method: 'GET',
    path: '/api/messages/{id}',
    group: 'messages',
    access: managers,
    summary: '消息详情与每次发送记录',
    params: idParamsSchema,
    response: messageDetailSchema,
  }),
  route({
    method: 'POST',
    path: '/api/messages/{id}/resend',
    group: 'messages',
    access: managers,
    summary: '重发已放弃（DEAD）的消息',
    params: idParamsSchema,
    response: messageSchema,
  }),
  route({
    method: 'POST',
    path: '/api/messages/test',
    group: 'messages',
    access: ['cityAdmin'],
    summary: '发送测试短信（检查短信通道配置）',
    body: testMessageSchema,
    response: messageSchema,
    status: 201,
  }),
  // ── audit ──
  route({
    method: 'GET',
    path: '/api/audit',
    group: 'audit',
    access: managers,
    summary: '操作日志（只读）',
    query: auditListQuerySchema,
    response: pageOf(auditEntrySchema),
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
  {
    name: 'sms-dispatch',
    description: '短信发件箱：领取到期消息，经短信通道发送，失败退避重试，5 次后放弃',
    cron: '* * * * *',
    handler: 'jobs/sms-dispatch',
    grants: { tables: { main: 'readWrite' } },
    timeoutSeconds: 60,
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
  {
    name: 'enterprise-import',
    description: '企业导入：解析上传的 XLSX/CSV，逐行校验写入，生成错误报告',
    bucket: 'transfers',
    prefix: 'imports/',
    handler: 'events/enterprise-import',
    // audit: the requester's one audit item for the whole import (written by the worker, not a route).
    grants: { tables: { main: 'readWrite', audit: 'append' }, buckets: { transfers: 'readWrite' } },
    timeoutSeconds: 900,
  },
  {
    name: 'enterprise-export',
    description: '企业导出：按筛选条件生成 XLSX 并提供下载',
    bucket: 'transfers',
    prefix: 'export-requests/',
    handler: 'events/enterprise-export',
    // main readWrite: the worker reads enterprises and writes its task's progress and download key.
    grants: { tables: { main: 'readWrite' }, buckets: { transfers: 'readWrite' } },
    timeoutSeconds: 900,
  },
] as const satisfies readonly (EventSpec & { bucket: BucketName })[];

export const manifest = { tables, buckets, groups, routes, jobs, events } as const;
export type Manifest = typeof manifest;
