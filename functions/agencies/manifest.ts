import {
  agencyCreateSchema,
  agencyListQuerySchema,
  agencyRuleDetailSchema,
  agencyRuleListSchema,
  agencyRuleSchema,
  agencySchema,
  agencyUpdateSchema,
  ruleCodeParamsSchema,
  ruleCreateSchema,
  ruleUpdateSchema,
} from '#functions/agencies/schemas';
import { capability, type Role, route } from '#functions/platform/manifest-types';
import { managers } from '#functions/platform/roles';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

/** Who reads agencies and rules: the managers (in scope) and an agency user (its own agency). */
const agencyReaders: readonly Role[] = ['cityAdmin', 'districtAdmin', 'agencyUser'];
const cityAdmin: readonly Role[] = ['cityAdmin'];

/** Route groups, routes, jobs and events of the agencies capability (中介机构：登记、考评细则). */
export const agenciesManifest = capability({
  groups: {
    agencies: {
      description: '中介机构登记与考评细则',
      handler: 'agencies/handler',
      grants: { tables: { main: 'readWrite', keys: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/agencies',
      group: 'agencies',
      access: agencyReaders,
      summary: '中介机构列表（名称、类型、注册或从业辖区、状态、是否公告筛选；含本年度得分）',
      query: agencyListQuerySchema,
      response: pageOf(agencySchema),
    }),
    route({
      method: 'POST',
      path: '/api/agencies',
      group: 'agencies',
      access: managers,
      summary: '登记中介机构（区管理员仅限本辖区注册的机构）',
      body: agencyCreateSchema,
      response: agencySchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/agencies/{id}',
      group: 'agencies',
      access: agencyReaders,
      summary: '中介机构详情（含本年度得分与公告状态）',
      params: idParamsSchema,
      response: agencySchema,
    }),
    route({
      method: 'PUT',
      path: '/api/agencies/{id}',
      group: 'agencies',
      access: managers,
      summary: '修改中介机构或变更其状态（不删除）',
      params: idParamsSchema,
      body: agencyUpdateSchema,
      response: agencySchema,
    }),
    route({
      method: 'GET',
      path: '/api/agency-rules',
      group: 'agencies',
      access: agencyReaders,
      summary: '考评细则（当前版本，按编号）',
      response: agencyRuleListSchema,
    }),
    route({
      method: 'POST',
      path: '/api/agency-rules',
      group: 'agencies',
      access: cityAdmin,
      summary: '新增考评细则（市管理员）',
      body: ruleCreateSchema,
      response: agencyRuleSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/agency-rules/{code}',
      group: 'agencies',
      access: agencyReaders,
      summary: '考评细则详情与历史版本',
      params: ruleCodeParamsSchema,
      response: agencyRuleDetailSchema,
    }),
    route({
      method: 'PUT',
      path: '/api/agency-rules/{code}',
      group: 'agencies',
      access: cityAdmin,
      summary: '修改考评细则（生成新版本；已扣分记录保留原版本）',
      params: ruleCodeParamsSchema,
      body: ruleUpdateSchema,
      response: agencyRuleSchema,
    }),
  ],
  jobs: [],
  events: [],
});
