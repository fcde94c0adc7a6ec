import { spotCheckCron } from '#functions/dust-cleanings/jobs/spot-check-schedule';
import {
  dustCleaningCreateSchema,
  dustCleaningListQuerySchema,
  dustCleaningSchema,
  dustReviewDecisionSchema,
  dustReviewItemSchema,
  dustReviewQuerySchema,
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
    route({
      method: 'POST',
      path: '/api/dust-cleanings/{id}/review',
      group: 'dustCleanings',
      access: ['cityAdmin', 'districtAdmin', 'townOfficer'],
      summary:
        '抽查审核粉尘清扫照片：通过或驳回（驳回须填原因，当日重新计为未上报并短信通知场所联系人重新上传）',
      params: idParamsSchema,
      body: dustReviewDecisionSchema,
      response: dustCleaningSchema,
    }),
    route({
      method: 'GET',
      path: '/api/dust-reviews',
      group: 'dustCleanings',
      access: ['cityAdmin', 'districtAdmin', 'townOfficer'],
      summary: '粉尘清扫照片抽查队列（按辖区、镇、日期、状态筛选；同日可疑照片在前；含照片链接）',
      query: dustReviewQuerySchema,
      response: pageOf(dustReviewItemSchema),
    }),
  ],
  jobs: [
    {
      name: 'dust-spot-check',
      description:
        '粉尘清扫照片抽查：每日（北京时间 08:30）按镇抽取前一日上报的一定比例（DUST_SPOT_CHECK_SHARE，默认 10%，可疑照片全部纳入）进入镇街审核队列；重复运行不再新增',
      cron: spotCheckCron,
      handler: 'dust-cleanings/jobs/spot-check',
      grants: { tables: { main: 'readWrite' } },
      timeoutSeconds: 300,
    },
  ],
  events: [],
});
