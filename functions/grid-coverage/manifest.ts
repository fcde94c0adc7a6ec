import { coverageCron } from '#functions/grid-coverage/domain/tally';
import {
  assignmentCreateSchema,
  assignmentSchema,
  coverageSchema,
  outsideQuerySchema,
  outsideRowSchema,
  previewQuerySchema,
  previewSchema,
} from '#functions/grid-coverage/schemas';
import { capability, route } from '#functions/platform/manifest-types';
import { managers } from '#functions/platform/roles';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

/** Who reads coverage and the outside list: the levels that have towns under them, and the town itself. */
const readers = ['cityAdmin', 'districtAdmin', 'townOfficer'] as const;

/**
 * Route groups, routes, jobs and events of the grid-coverage capability (网格覆盖、网格外企业与批量划入网格).
 * A grid member's area is one grid, whose coverage says nothing; assigning grids is managing enterprises.
 */
export const gridCoverageManifest = capability({
  groups: {
    gridCoverage: {
      description: '网格覆盖统计、网格外企业与批量划入网格',
      handler: 'grid-coverage/handler',
      // transfers readWrite: the route writes the request object that starts the assignment worker.
      grants: { tables: { main: 'readWrite', keys: 'read' }, buckets: { transfers: 'readWrite' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/grid-coverage',
      group: 'gridCoverage',
      access: readers,
      summary: '网格覆盖率：本辖区各辖市（区）、镇（街道）在册企业（不含关闭）、网格内、网格外（定时统计）',
      response: coverageSchema,
    }),
    route({
      method: 'GET',
      path: '/api/grid-coverage/outside',
      group: 'gridCoverage',
      access: readers,
      summary: '网格外企业列表（不含关闭；按辖市（区）、镇（街道）、行业、名称筛选）',
      query: outsideQuerySchema,
      response: pageOf(outsideRowSchema),
    }),
    route({
      method: 'GET',
      path: '/api/grid-assignments/preview',
      group: 'gridCoverage',
      access: managers,
      summary: '批量划入网格预览：某镇（街道）符合筛选的网格外企业数与前 20 家（不写入）',
      query: previewQuerySchema,
      response: previewSchema,
    }),
    route({
      method: 'POST',
      path: '/api/grid-assignments',
      group: 'gridCoverage',
      access: managers,
      summary: '批量划入网格：将某镇（街道）符合筛选的网格外企业划入本镇网格（后台任务，逐企业记入操作日志）',
      body: assignmentCreateSchema,
      response: assignmentSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/grid-assignments/{id}',
      group: 'gridCoverage',
      access: managers,
      summary: '批量划入网格任务进度与结果',
      params: idParamsSchema,
      response: assignmentSchema,
    }),
  ],
  jobs: [
    {
      name: 'grid-coverage',
      description:
        '网格覆盖统计：每 10 分钟按索引读取各辖市（区）企业，重新计算各镇（街道）网格内、网格外企业数',
      cron: coverageCron,
      handler: 'grid-coverage/jobs/coverage',
      grants: { tables: { main: 'readWrite' } },
    },
  ],
  events: [
    {
      name: 'grid-assignment',
      description: '批量划入网格：逐家企业划入所选网格并记入操作日志（可重试，每家只划入、记录一次）',
      bucket: 'transfers',
      prefix: 'grid-assignments/',
      handler: 'grid-coverage/events/assign',
      // audit append: one entry per enterprise, in the requester's name.
      grants: { tables: { main: 'readWrite', audit: 'append' } },
      timeoutSeconds: 900,
    },
  ],
});
