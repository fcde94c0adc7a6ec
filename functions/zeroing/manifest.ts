import { capability, route } from '#functions/platform/manifest-types';
import { managers } from '#functions/platform/roles';
import { idParamsSchema, pageOf, pageQuerySchema } from '#functions/platform/schemas/pagination';
import {
  zeroingBoardSchema,
  zeroingCampaignCreateSchema,
  zeroingCampaignSchema,
  zeroingCheckCreateSchema,
  zeroingCheckListQuerySchema,
  zeroingCheckSchema,
  zeroingEntriesAddSchema,
  zeroingEntryListQuerySchema,
  zeroingEntrySchema,
  zeroingImportResultSchema,
  zeroingImportSchema,
  zeroingListResultSchema,
} from '#functions/zeroing/schemas';

const base = '/api/zeroing-campaigns';

/** Route groups and routes of the zeroing campaign (百日清零): the city's campaigns, their lists, checks and board. */
export const zeroingManifest = capability({
  groups: {
    zeroing: {
      description: '百日清零行动：清零名单、三级检查与看板',
      handler: 'zeroing/handler',
      grants: { tables: { main: 'readWrite', keys: 'read' } },
      // a 500-row XLSX import writes 500 hazards and their audit entries in the request: 7 s on the local stack
      timeoutSeconds: 29,
    },
  },
  routes: [
    route({
      method: 'GET',
      path: base,
      group: 'zeroing',
      access: managers,
      summary: '百日清零行动列表（开始日期新者在前）',
      query: pageQuerySchema,
      response: pageOf(zeroingCampaignSchema),
    }),
    route({
      method: 'POST',
      path: base,
      group: 'zeroing',
      access: ['cityAdmin'],
      summary: '新建百日清零行动（结束日期默认开始日期后 100 天）',
      body: zeroingCampaignCreateSchema,
      response: zeroingCampaignSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: `${base}/{id}`,
      group: 'zeroing',
      access: managers,
      summary: '百日清零行动详情',
      params: idParamsSchema,
      response: zeroingCampaignSchema,
    }),
    route({
      method: 'GET',
      path: `${base}/{id}/entries`,
      group: 'zeroing',
      access: managers,
      summary: '清零名单：列入的企业及其隐患（含隐患当前状态；辖市（区）只见本辖区）',
      params: idParamsSchema,
      query: zeroingEntryListQuerySchema,
      response: pageOf(zeroingEntrySchema),
    }),
    route({
      method: 'POST',
      path: `${base}/{id}/entries`,
      group: 'zeroing',
      access: ['cityAdmin'],
      summary: '从已登记的重大隐患中选择列入清零名单（重复列入不变）',
      params: idParamsSchema,
      body: zeroingEntriesAddSchema,
      response: zeroingListResultSchema,
    }),
    route({
      method: 'POST',
      path: `${base}/{id}/imports`,
      group: 'zeroing',
      access: ['cityAdmin'],
      summary:
        '从 Excel 导入清零名单（统一社会信用代码、隐患描述、隐患等级；每次至多 500 行，逐行校验，有误则不导入）',
      params: idParamsSchema,
      body: zeroingImportSchema,
      response: zeroingImportResultSchema,
    }),
    route({
      method: 'GET',
      path: `${base}/{id}/checks`,
      group: 'zeroing',
      access: managers,
      summary: '检查记录（省级、市级、辖市（区）级；检查日期新者在前）',
      params: idParamsSchema,
      query: zeroingCheckListQuerySchema,
      response: pageOf(zeroingCheckSchema),
    }),
    route({
      method: 'POST',
      path: `${base}/{id}/checks`,
      group: 'zeroing',
      access: managers,
      summary: '录入检查结果（逐条隐患是否清零）：辖市（区）级由本辖区或市局录入，市级、省级由市局录入',
      params: idParamsSchema,
      body: zeroingCheckCreateSchema,
      response: zeroingCheckSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: `${base}/{id}/board`,
      group: 'zeroing',
      access: managers,
      summary: '百日清零看板：按层级、辖市（区）统计检查、未清零与整改闭环，并生成通报用语',
      params: idParamsSchema,
      response: zeroingBoardSchema,
    }),
  ],
  jobs: [],
  events: [],
});
