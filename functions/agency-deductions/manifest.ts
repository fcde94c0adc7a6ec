import { scoreRepairCron } from '#functions/agency-deductions/domain/window';
import {
  appealCreateSchema,
  appealDecisionSchema,
  appealListQuerySchema,
  appealSchema,
  deductionCreateSchema,
  deductionListQuerySchema,
  deductionSchema,
  evidenceStatusSchema,
  evidenceUploadSchema,
  reasonBodySchema,
  uploadTicketSchema,
} from '#functions/agency-deductions/schemas';
import { capability, route } from '#functions/platform/manifest-types';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

const group = 'agencyDeductions' as const;
const admins = ['cityAdmin', 'districtAdmin'] as const;
const readers = ['cityAdmin', 'districtAdmin', 'agencyUser'] as const;

/** Route groups, routes, jobs and events of the agency-deductions capability (中介机构考评扣分与申诉). */
export const agencyDeductionsManifest = capability({
  groups: {
    agencyDeductions: {
      description: '中介机构考评扣分、撤销与申诉',
      handler: 'agency-deductions/handler',
      grants: { tables: { main: 'readWrite', keys: 'read' }, buckets: { photos: 'readWrite' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/agency-deductions',
      group,
      access: readers,
      summary: '考评扣分列表（按机构、年度、状态；辖区管理员默认本辖区作出的扣分，机构用户仅本机构）',
      query: deductionListQuerySchema,
      response: pageOf(deductionSchema),
    }),
    route({
      method: 'POST',
      path: '/api/agency-deductions',
      group,
      access: admins,
      summary: '对中介机构扣分（细则、分值、理由、日期、证据文件）',
      body: deductionCreateSchema,
      response: deductionSchema,
      status: 201,
    }),
    route({
      method: 'POST',
      path: '/api/agency-deductions/evidence-uploads',
      group,
      access: readers,
      summary: '申请上传一个证据文件（图片或 PDF；返回预签名 POST 表单）',
      body: evidenceUploadSchema,
      response: uploadTicketSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/agency-deductions/evidence-uploads/{id}',
      group,
      access: readers,
      summary: '证据文件校验状态（仅上传者本人可查）',
      params: idParamsSchema,
      response: evidenceStatusSchema,
    }),
    route({
      method: 'GET',
      path: '/api/agency-deductions/{id}',
      group,
      access: readers,
      summary: '扣分详情（细则快照、证据链接、申诉与处理结果）',
      params: idParamsSchema,
      response: deductionSchema,
    }),
    route({
      method: 'POST',
      path: '/api/agency-deductions/{id}/revoke',
      group,
      access: admins,
      summary: '撤销扣分（须填写理由；分值恢复一次）',
      params: idParamsSchema,
      body: reasonBodySchema,
      response: deductionSchema,
    }),
    route({
      method: 'POST',
      path: '/api/agency-deductions/{id}/appeal',
      group,
      access: ['agencyUser'],
      summary: '机构对扣分提出申诉（扣分日期后申诉期内；每条扣分一次）',
      params: idParamsSchema,
      body: appealCreateSchema,
      response: appealSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/agency-appeals',
      group,
      access: readers,
      summary: '申诉列表（辖区管理员：本辖区作出扣分的申诉；市级：全部；机构用户：本机构）',
      query: appealListQuerySchema,
      response: pageOf(appealSchema),
    }),
    route({
      method: 'GET',
      path: '/api/agency-appeals/{id}',
      group,
      access: readers,
      summary: '申诉详情',
      params: idParamsSchema,
      response: appealSchema,
    }),
    route({
      method: 'POST',
      path: '/api/agency-appeals/{id}/decide',
      group,
      access: admins,
      summary: '处理申诉：维持或撤销扣分（须填写理由）',
      params: idParamsSchema,
      body: appealDecisionSchema,
      response: appealSchema,
    }),
  ],
  jobs: [
    {
      name: 'agency-score-repair',
      description: '中介机构年度得分计数修复：每日按扣分记录重算各机构本年度有效扣分与次数，纠正计数偏差',
      cron: scoreRepairCron,
      handler: 'agency-deductions/jobs/score-repair',
      grants: { tables: { main: 'readWrite' } },
      timeoutSeconds: 300,
    },
  ],
  events: [],
});
