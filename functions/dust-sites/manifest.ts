import { siteWriters } from '#functions/dust-sites/domain/dust-types';
import {
  dustCodeParamsSchema,
  dustSiteCardSchema,
  dustSiteCreateSchema,
  dustSiteListQuerySchema,
  dustSiteSchema,
  dustSiteUpdateSchema,
} from '#functions/dust-sites/schemas';
import { capability, route } from '#functions/platform/manifest-types';
import { everyone } from '#functions/platform/roles';
import { emptySchema, idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

/** Route groups, routes, jobs and events of the dust-sites capability (重点粉尘场所). */
export const dustSitesManifest = capability({
  groups: {
    dustSites: {
      description: '重点粉尘场所（场所码）',
      handler: 'dust-sites/handler',
      grants: { tables: { main: 'readWrite', keys: 'read' } },
    },
    dustSiteCodes: {
      description: '场所码扫码（手机端清扫上报页）',
      handler: 'dust-sites/handlers/code-lookup',
      grants: { tables: { main: 'read', keys: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/dust-sites',
      group: 'dustSites',
      access: everyone,
      summary: '粉尘场所列表（按辖区、镇、企业、状态、名称筛选；范围内可见）',
      query: dustSiteListQuerySchema,
      response: pageOf(dustSiteSchema),
    }),
    route({
      method: 'POST',
      path: '/api/dust-sites',
      group: 'dustSites',
      access: siteWriters,
      summary: '新增粉尘场所（仅涉爆粉尘企业；同时生成场所码）',
      body: dustSiteCreateSchema,
      response: dustSiteSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/dust-sites/{id}',
      group: 'dustSites',
      access: everyone,
      summary: '粉尘场所详情',
      params: idParamsSchema,
      response: dustSiteSchema,
    }),
    route({
      method: 'PUT',
      path: '/api/dust-sites/{id}',
      group: 'dustSites',
      access: siteWriters,
      summary: '修改或停用粉尘场所',
      params: idParamsSchema,
      body: dustSiteUpdateSchema,
      response: dustSiteSchema,
    }),
    route({
      method: 'DELETE',
      path: '/api/dust-sites/{id}',
      group: 'dustSites',
      access: siteWriters,
      summary: '停用粉尘场所（清扫记录保留；其场所码不再接受上报）',
      params: idParamsSchema,
      response: emptySchema,
      status: 204,
    }),
    route({
      method: 'POST',
      path: '/api/dust-sites/{id}/code',
      group: 'dustSites',
      access: siteWriters,
      summary: '重新生成场所码（旧二维码立即失效）',
      params: idParamsSchema,
      response: dustSiteSchema,
    }),
    route({
      method: 'GET',
      path: '/api/dust-site-codes/{token}',
      group: 'dustSiteCodes',
      access: everyone,
      summary: '扫码后的粉尘场所与今日上报数（本企业账号与辖区内监管人员；其他人 404；已停用 409）',
      params: dustCodeParamsSchema,
      response: dustSiteCardSchema,
    }),
  ],
  jobs: [],
  events: [],
});
