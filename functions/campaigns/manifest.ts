import * as z from 'zod';
import { remindCron, sendCron } from '#functions/campaigns/jobs/schedule';
import {
  campaignCreateSchema,
  campaignListQuerySchema,
  campaignSchema,
  myCampaignListQuerySchema,
  myCampaignSchema,
  submissionCreateSchema,
  targetCountQuerySchema,
  targetCountSchema,
  targetListQuerySchema,
  targetSchema,
} from '#functions/campaigns/schemas';
import { capability, route } from '#functions/platform/manifest-types';
import { managers } from '#functions/platform/roles';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

const myListItemSchema = targetSchema.extend({ title: z.string(), deadline: z.string() });
const firms = ['enterpriseUser'] as const;

/** 自查清单: campaigns the city (or a district, for its own) sends to enterprises, answered on the phone. */
export const campaignsManifest = capability({
  groups: {
    campaigns: {
      description: '自查清单（下发、填报、完成率）',
      handler: 'campaigns/handlers/campaigns',
      grants: { tables: { main: 'readWrite', keys: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/campaigns',
      group: 'campaigns',
      access: managers,
      summary: '自查清单列表（市级看全部；区级看本区的与覆盖本区的市级清单，完成率只计本区）',
      query: campaignListQuerySchema,
      response: pageOf(campaignSchema),
    }),
    route({
      method: 'POST',
      path: '/api/campaigns',
      group: 'campaigns',
      access: managers,
      summary: '新建自查清单草稿（检查项、发送范围、截止日期、提前提醒天数；区级只能发本辖区）',
      body: campaignCreateSchema,
      response: campaignSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/campaign-targets/count',
      group: 'campaigns',
      access: managers,
      summary: '按发送范围预估企业数（本账号辖区内，按辖市（区）分列）',
      query: targetCountQuerySchema,
      response: targetCountSchema,
    }),
    route({
      method: 'GET',
      path: '/api/campaigns/{id}',
      group: 'campaigns',
      access: managers,
      summary: '自查清单详情与各辖市（区）完成率（实时）',
      params: idParamsSchema,
      response: campaignSchema,
    }),
    route({
      method: 'POST',
      path: '/api/campaigns/{id}/send',
      group: 'campaigns',
      access: managers,
      summary: '发送自查清单：记录发送企业并逐家短信通知（幂等：重复发送只发一次；大批量由后台继续）',
      params: idParamsSchema,
      response: campaignSchema,
      status: 202,
    }),
    route({
      method: 'GET',
      path: '/api/campaigns/{id}/targets',
      group: 'campaigns',
      access: managers,
      summary: '自查清单的发送企业（按辖市（区）、是否已填报筛选）',
      params: idParamsSchema,
      query: targetListQuerySchema,
      response: pageOf(targetSchema),
    }),
    route({
      method: 'GET',
      path: '/api/my-campaigns',
      group: 'campaigns',
      access: firms,
      summary: '本企业收到的自查清单（open=true：未填报且未截止）',
      query: myCampaignListQuerySchema,
      response: pageOf(myListItemSchema),
    }),
    route({
      method: 'GET',
      path: '/api/campaigns/{id}/mine',
      group: 'campaigns',
      access: firms,
      summary: '本企业的自查清单填报页（检查项与本企业答案）',
      params: idParamsSchema,
      response: myCampaignSchema,
    }),
    route({
      method: 'POST',
      path: '/api/campaigns/{id}/answers',
      group: 'campaigns',
      access: firms,
      summary:
        '企业提交自查结果（逐项符合/不符合/不涉及；不符合生成隐患；截止后或非发送对象不能提交；只能提交一次）',
      params: idParamsSchema,
      body: submissionCreateSchema,
      response: targetSchema,
      status: 201,
    }),
  ],
  jobs: [
    {
      name: 'campaign-send',
      description: '自查清单发送：每分钟继续发送中的清单（按检查点分批记录发送企业并入队短信，重试不重复）',
      cron: sendCron,
      handler: 'campaigns/jobs/send',
      grants: { tables: { main: 'readWrite' } },
      timeoutSeconds: 300,
    },
    {
      name: 'campaign-remind',
      description: '自查清单催报：截止前 N 天（每份清单可设，默认 3 天）起向未填报企业各发一次提醒短信',
      cron: remindCron,
      handler: 'campaigns/jobs/remind',
      grants: { tables: { main: 'readWrite' } },
      timeoutSeconds: 300,
    },
  ],
  events: [],
});
