import {
  hazardCreateSchema,
  hazardDetailSchema,
  hazardListQuerySchema,
  hazardSchema,
  rectificationSchema,
  reviewSchema,
} from '#functions/hazards/schemas';
import { capability, route } from '#functions/platform/manifest-types';
import { everyone, supervisors } from '#functions/platform/roles';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

/** Route groups (one Lambda each), routes, jobs and events of the hazards capability (隐患与整改闭环). */
export const hazardsManifest = capability({
  groups: {
    hazards: {
      description: '隐患与整改闭环',
      handler: 'hazards/handler',
      // photos read: the gallery's presigned GET links are signed with this function's role.
      grants: { tables: { main: 'readWrite', keys: 'read' }, buckets: { photos: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/hazards',
      group: 'hazards',
      access: everyone,
      summary: '隐患列表（按辖区、镇、企业、状态、等级、来源、是否超期筛选）',
      query: hazardListQuerySchema,
      response: pageOf(hazardSchema),
    }),
    route({
      method: 'POST',
      path: '/api/hazards',
      group: 'hazards',
      access: supervisors,
      summary: '监管人员登记隐患（来源：监管检查）',
      body: hazardCreateSchema,
      response: hazardSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/hazards/{id}',
      group: 'hazards',
      access: everyone,
      summary: '隐患详情（照片、整改与验收记录）',
      params: idParamsSchema,
      response: hazardDetailSchema,
    }),
    route({
      method: 'POST',
      path: '/api/hazards/{id}/rectification',
      group: 'hazards',
      access: ['enterpriseUser'],
      summary: '企业提交整改（整改措施与至少 1 张整改照片）',
      params: idParamsSchema,
      body: rectificationSchema,
      response: hazardSchema,
    }),
    route({
      method: 'POST',
      path: '/api/hazards/{id}/review',
      group: 'hazards',
      access: ['cityAdmin', 'districtAdmin', 'townOfficer'],
      summary: '监管人员验收整改：通过闭环或退回整改（须填写意见）',
      params: idParamsSchema,
      body: reviewSchema,
      response: hazardSchema,
    }),
  ],
  jobs: [],
  events: [],
});
