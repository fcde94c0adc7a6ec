import {
  dustCleaningCreateSchema,
  dustCleaningListQuerySchema,
  dustCleaningSchema,
} from '#functions/dust-cleanings/schemas';
import { capability, route } from '#functions/platform/manifest-types';
import { everyone } from '#functions/platform/roles';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

/** Route groups (one Lambda each), routes, jobs and events of the dust-cleanings capability (粉尘清扫上报). */
export const dustCleaningsManifest = capability({
  groups: {
    dustCleanings: {
      description: '粉尘清扫每日上报',
      handler: 'dust-cleanings/handlers/cleanings',
      // photos read: the detail's presigned GET links are signed with this function's role.
      grants: { tables: { main: 'readWrite', keys: 'read' }, buckets: { photos: 'read' } },
    },
  },
  routes: [
    route({
      method: 'POST',
      path: '/api/dust-cleanings',
      group: 'dustCleanings',
      access: ['enterpriseUser'],
      summary: '上报粉尘清扫照片（按 clientId 幂等；照片须已通过校验、本人上传）',
      body: dustCleaningCreateSchema,
      response: dustCleaningSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/dust-cleanings',
      group: 'dustCleanings',
      access: everyone,
      summary: '粉尘清扫记录（按辖区、镇、场所、日期、审核状态、可疑筛选）',
      query: dustCleaningListQuerySchema,
      response: pageOf(dustCleaningSchema),
    }),
    route({
      method: 'GET',
      path: '/api/dust-cleanings/{id}',
      group: 'dustCleanings',
      access: everyone,
      summary: '粉尘清扫记录详情（含照片）',
      params: idParamsSchema,
      response: dustCleaningSchema,
    }),
  ],
  jobs: [],
  events: [],
});
