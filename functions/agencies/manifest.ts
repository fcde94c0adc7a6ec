import {
  agencyCreateSchema,
  agencyListQuerySchema,
  agencyRuleDetailSchema,
  agencyRuleListSchema,
  agencyRuleSchema,
  agencySchema,
  agencyUpdateSchema,
  ruleCodeParamsSchema,
  ruleCreateSchema,
  ruleUpdateSchema,
} from '#functions/agencies/schemas';
import {
  agencyExportCreateSchema,
  agencyExportTaskSchema,
  agencyImportCreatedSchema,
  agencyImportCreateSchema,
  agencyImportTaskSchema,
} from '#functions/agencies/transfer-schemas';
import { capability, type Role, route } from '#functions/platform/manifest-types';
import { managers } from '#functions/platform/roles';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

/** Who reads agencies and rules: the managers (in scope) and an agency user (its own agency). */
const agencyReaders: readonly Role[] = ['cityAdmin', 'districtAdmin', 'agencyUser'];
const cityAdmin: readonly Role[] = ['cityAdmin'];

/** Route groups, routes, jobs and events of the agencies capability (中介机构：登记、考评细则). */
export const agenciesManifest = capability({
  groups: {
    agencies: {
      description: '中介机构登记与考评细则',
      handler: 'agencies/handler',
      grants: { tables: { main: 'readWrite', keys: 'read' } },
    },
    agencyTransfers: {
      description: '中介机构导入与导出任务',
      handler: 'agencies/handlers/transfers',
      grants: { tables: { main: 'readWrite', keys: 'read' }, buckets: { transfers: 'readWrite' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/agencies',
      group: 'agencies',
      access: agencyReaders,
      summary: '中介机构列表（名称、类型、注册或从业辖区、状态、是否公告筛选；含本年度得分）',
      query: agencyListQuerySchema,
      response: pageOf(agencySchema),
    }),
    route({
      method: 'POST',
      path: '/api/agencies',
      group: 'agencies',
      access: managers,
      summary: '登记中介机构（区管理员仅限本辖区注册的机构）',
      body: agencyCreateSchema,
      response: agencySchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/agencies/{id}',
      group: 'agencies',
      access: agencyReaders,
      summary: '中介机构详情（含本年度得分与公告状态）',
      params: idParamsSchema,
      response: agencySchema,
    }),
    route({
      method: 'PUT',
      path: '/api/agencies/{id}',
      group: 'agencies',
      access: managers,
      summary: '修改中介机构或变更其状态（不删除）',
      params: idParamsSchema,
      body: agencyUpdateSchema,
      response: agencySchema,
    }),
    route({
      method: 'GET',
      path: '/api/agency-rules',
      group: 'agencies',
      access: agencyReaders,
      summary: '考评细则（当前版本，按编号）',
      response: agencyRuleListSchema,
    }),
    route({
      method: 'POST',
      path: '/api/agency-rules',
      group: 'agencies',
      access: cityAdmin,
      summary: '新增考评细则（市管理员）',
      body: ruleCreateSchema,
      response: agencyRuleSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/agency-rules/{code}',
      group: 'agencies',
      access: agencyReaders,
      summary: '考评细则详情与历史版本',
      params: ruleCodeParamsSchema,
      response: agencyRuleDetailSchema,
    }),
    route({
      method: 'PUT',
      path: '/api/agency-rules/{code}',
      group: 'agencies',
      access: cityAdmin,
      summary: '修改考评细则（生成新版本；已扣分记录保留原版本）',
      params: ruleCodeParamsSchema,
      body: ruleUpdateSchema,
      response: agencyRuleSchema,
    }),
    route({
      method: 'POST',
      path: '/api/agency-imports',
      group: 'agencyTransfers',
      access: managers,
      summary: '发起中介机构导入（返回文件直传地址；区管理员仅限本辖区注册的机构）',
      body: agencyImportCreateSchema,
      response: agencyImportCreatedSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/agency-imports/{id}',
      group: 'agencyTransfers',
      access: managers,
      summary: '中介机构导入进度与逐行错误',
      params: idParamsSchema,
      response: agencyImportTaskSchema,
    }),
    route({
      method: 'POST',
      path: '/api/agency-exports',
      group: 'agencyTransfers',
      access: managers,
      summary: '发起中介机构导出（XLSX，按列表的筛选条件，含本年度得分与公告状态）',
      body: agencyExportCreateSchema,
      response: agencyExportTaskSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/agency-exports/{id}',
      group: 'agencyTransfers',
      access: managers,
      summary: '中介机构导出进度与下载地址',
      params: idParamsSchema,
      response: agencyExportTaskSchema,
    }),
  ],
  jobs: [],
  events: [
    {
      name: 'agency-import',
      description: '中介机构导入：解析上传的 XLSX/CSV，逐行校验并登记或更新，记录逐行错误',
      bucket: 'transfers',
      prefix: 'agency-imports/',
      handler: 'agencies/events/import',
      // audit: the requester's one audit item for the whole import (written by the worker, not a route).
      grants: { tables: { main: 'readWrite', audit: 'append' }, buckets: { transfers: 'readWrite' } },
      timeoutSeconds: 300,
    },
    {
      name: 'agency-export',
      description: '中介机构导出：按筛选条件生成 XLSX（含本年度得分与公告状态）并提供下载',
      bucket: 'transfers',
      prefix: 'agency-export-requests/',
      handler: 'agencies/events/export',
      // main readWrite: the worker reads agencies and deductions and writes its task's progress and download key.
      grants: { tables: { main: 'readWrite' }, buckets: { transfers: 'readWrite' } },
      timeoutSeconds: 300,
    },
  ],
});
