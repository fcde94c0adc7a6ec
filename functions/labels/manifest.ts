import { labelSheetCreateSchema, labelSheetTaskSchema } from '#functions/labels/schemas';
import { capability, route } from '#functions/platform/manifest-types';
import { everyone } from '#functions/platform/roles';
import { idParamsSchema } from '#functions/platform/schemas/pagination';

/** Route groups (one Lambda each), routes, jobs and events of the labels capability (常安码标签打印). */
export const labelsManifest = capability({
  groups: {
    labelSheets: {
      description: '常安码标签打印任务',
      handler: 'labels/handlers/label-sheets',
      grants: { tables: { main: 'readWrite', keys: 'read' }, buckets: { transfers: 'readWrite' } },
    },
  },
  routes: [
    route({
      method: 'POST',
      path: '/api/label-sheets',
      group: 'labelSheets',
      access: everyone,
      summary:
        '发起常安码标签打印（A4 PDF；风险点或粉尘场所码（kind: dustSite），按所选或当前筛选；企业账号只打印本企业的）',
      body: labelSheetCreateSchema,
      response: labelSheetTaskSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/label-sheets/{id}',
      group: 'labelSheets',
      access: everyone,
      summary: '标签打印进度与 PDF 下载地址',
      params: idParamsSchema,
      response: labelSheetTaskSchema,
    }),
  ],
  jobs: [],
  events: [
    {
      name: 'label-sheet',
      description: '常安码标签：按打印任务生成风险点或粉尘场所码的 A4 PDF（每页 8 张，含二维码）并提供下载',
      bucket: 'transfers',
      prefix: 'label-requests/',
      handler: 'labels/events/label-sheet',
      // main readWrite: the worker reads risk points or dust sites and writes its task's progress and download key.
      grants: { tables: { main: 'readWrite' }, buckets: { transfers: 'readWrite' } },
      timeoutSeconds: 900,
    },
  ],
});
