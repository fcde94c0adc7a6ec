import {
  noticeCreateSchema,
  noticeDocxSchema,
  noticeListQuerySchema,
  noticeSchema,
  noticeUpdateSchema,
  publicListingSchema,
  statsQuerySchema,
  statsSchema,
} from '#functions/agency-notices/schemas';
import { capability, type Role, route } from '#functions/platform/manifest-types';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

/** Who writes notices: the city admin and the district admins (their own district's). */
const noticeWriters = ['cityAdmin', 'districtAdmin'] as const satisfies readonly Role[];
/** Agency users read the published notices that name their agency. */
const noticeReaders = ['cityAdmin', 'districtAdmin', 'agencyUser'] as const satisfies readonly Role[];

/** Route groups, routes, jobs and events of the agency-notices capability (专题通报、公告名单与考评统计). */
export const agencyNoticesManifest = capability({
  groups: {
    agencyNotices: {
      description: '中介机构专题通报（草稿、发布、导出 DOCX）',
      handler: 'agency-notices/handler',
      grants: { tables: { main: 'readWrite', keys: 'read' } },
    },
    agencyPublic: {
      description: '中介机构公告名单（公开，无需登录）',
      handler: 'agency-notices/handlers/public',
      grants: { tables: { main: 'read' } },
    },
    agencyStats: {
      description: '中介机构考评统计（季度、辖区与全市均值）',
      handler: 'agency-notices/handlers/stats',
      grants: { tables: { main: 'read', keys: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/agency-notices',
      group: 'agencyNotices',
      access: noticeReaders,
      summary: '专题通报列表（市局全部；辖区本辖区；机构账号仅含本机构扣分的已发布通报）',
      query: noticeListQuerySchema,
      response: pageOf(noticeSchema),
    }),
    route({
      method: 'POST',
      path: '/api/agency-notices',
      group: 'agencyNotices',
      access: noticeWriters,
      summary: '新建专题通报草稿（辖区仅可选本辖区开出的有效扣分）',
      body: noticeCreateSchema,
      response: noticeSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/agency-notices/{id}',
      group: 'agencyNotices',
      access: noticeReaders,
      summary: '专题通报详情（含所列扣分）',
      params: idParamsSchema,
      response: noticeSchema,
    }),
    route({
      method: 'PUT',
      path: '/api/agency-notices/{id}',
      group: 'agencyNotices',
      access: noticeWriters,
      summary: '修改专题通报草稿（已发布的不能修改：409）',
      params: idParamsSchema,
      body: noticeUpdateSchema,
      response: noticeSchema,
    }),
    route({
      method: 'POST',
      path: '/api/agency-notices/{id}/publish',
      group: 'agencyNotices',
      access: noticeWriters,
      summary: '发布专题通报（此后只读，并出现在公告页；所列扣分须均未撤销）',
      params: idParamsSchema,
      response: noticeSchema,
    }),
    route({
      method: 'GET',
      path: '/api/agency-notices/{id}/docx',
      group: 'agencyNotices',
      access: noticeReaders,
      summary: '导出专题通报 Word 文档（DOCX，base64）',
      params: idParamsSchema,
      response: noticeDocxSchema,
    }),
    route({
      method: 'GET',
      path: '/api/public/agencies',
      group: 'agencyPublic',
      access: 'public',
      summary: '公告名单：符合要求的中介机构与已发布的专题通报（公开，不含个人信息）',
      response: publicListingSchema,
    }),
    route({
      method: 'GET',
      path: '/api/agency-stats',
      group: 'agencyStats',
      access: ['cityAdmin', 'districtAdmin'],
      summary: '中介机构考评季度统计：各辖区被扣分机构数、家次、分值、通报数与全市均值比较',
      query: statsQuerySchema,
      response: statsSchema,
    }),
  ],
  jobs: [],
  events: [],
});
