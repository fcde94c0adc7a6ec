import {
  enterpriseInputSchema,
  enterpriseListQuerySchema,
  enterpriseSchema,
} from '#functions/enterprises/schemas/enterprises';
import {
  exportCreateSchema,
  exportTaskSchema,
  importCreatedSchema,
  importCreateSchema,
  importTaskSchema,
} from '#functions/enterprises/schemas/transfers';
import { capability, route } from '#functions/platform/manifest-types';
import { everyone, managers, supervisors } from '#functions/platform/roles';
import { emptySchema, idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

/** Route groups (one Lambda each), routes, jobs and events of the enterprises capability. */
export const enterprisesManifest = capability({
  groups: {
    enterprises: {
      description: '企业登记',
      handler: 'enterprises/handlers/enterprises',
      grants: { tables: { main: 'readWrite', keys: 'read' } },
    },
    transfers: {
      description: '企业导入与导出任务',
      handler: 'enterprises/handlers/transfers',
      grants: { tables: { main: 'readWrite', keys: 'read' }, buckets: { transfers: 'readWrite' } },
    },
  },
  routes: [
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
  ],
  jobs: [
    {
      name: 'enterprise-name-index',
      description: '企业名称索引核对：补写缺失的名称索引、删除过时的索引（写入中断后自动修复）',
      cron: '30 3 * * *',
      handler: 'enterprises/jobs/name-index',
      grants: { tables: { main: 'readWrite' } },
      timeoutSeconds: 900,
    },
  ],
  events: [
    {
      name: 'enterprise-import',
      description: '企业导入：解析上传的 XLSX/CSV，逐行校验写入，生成错误报告',
      bucket: 'transfers',
      prefix: 'imports/',
      handler: 'enterprises/events/import',
      // audit: the requester's one audit item for the whole import (written by the worker, not a route).
      grants: { tables: { main: 'readWrite', audit: 'append' }, buckets: { transfers: 'readWrite' } },
      timeoutSeconds: 900,
    },
    {
      name: 'enterprise-export',
      description: '企业导出：按筛选条件生成 XLSX 并提供下载',
      bucket: 'transfers',
      prefix: 'export-requests/',
      handler: 'enterprises/events/export',
      // main readWrite: the worker reads enterprises and writes its task's progress and download key.
      grants: { tables: { main: 'readWrite' }, buckets: { transfers: 'readWrite' } },
      timeoutSeconds: 900,
    },
  ],
});
