import {
  messageDetailSchema,
  messageListQuerySchema,
  messageSchema,
  testMessageSchema,
} from '#functions/messages/schemas';
import { capability, route } from '#functions/platform/manifest-types';
import { managers } from '#functions/platform/roles';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

/** Route groups (one Lambda each), routes, jobs and events of the messages capability. */
export const messagesManifest = capability({
  groups: {
    messages: {
      description: '消息中心（短信发件箱）',
      handler: 'messages/handler',
      grants: { tables: { main: 'readWrite', keys: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/messages',
      group: 'messages',
      access: managers,
      summary: '消息列表（按状态、模板、辖区、日期筛选）',
      query: messageListQuerySchema,
      response: pageOf(messageSchema),
    }),
    route({
      method: 'GET',
      path: '/api/messages/{id}',
      group: 'messages',
      access: managers,
      summary: '消息详情与每次发送记录',
      params: idParamsSchema,
      response: messageDetailSchema,
    }),
    route({
      method: 'POST',
      path: '/api/messages/{id}/resend',
      group: 'messages',
      access: managers,
      summary: '重发已放弃（DEAD）的消息',
      params: idParamsSchema,
      response: messageSchema,
    }),
    route({
      method: 'POST',
      path: '/api/messages/test',
      group: 'messages',
      access: ['cityAdmin'],
      summary: '发送测试短信（检查短信通道配置）',
      body: testMessageSchema,
      response: messageSchema,
      status: 201,
    }),
  ],
  jobs: [
    {
      name: 'sms-dispatch',
      description: '短信发件箱：领取到期消息，经短信通道发送，失败退避重试，5 次后放弃',
      cron: '* * * * *',
      handler: 'messages/jobs/dispatch',
      grants: { tables: { main: 'readWrite' } },
      timeoutSeconds: 60,
    },
  ],
  events: [],
});
