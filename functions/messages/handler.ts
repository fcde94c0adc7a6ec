import { authenticate } from '#functions/identity/index';
import { messagesManifest } from '#functions/messages/manifest';
import {
  enqueueTestMessage,
  getMessage,
  listMessages,
  resendMessage,
} from '#functions/messages/store/messages';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { httpGroup } from '#functions/platform/http/group';
import { created, ok, page, written } from '#functions/platform/respond';

/** 消息中心: the SMS outbox as supervisors see it; sending is the dispatcher job's work. */
export const handler = httpGroup(
  messagesManifest.routes,
  'messages',
  {
    'GET /api/messages': async ({ principal, query: { limit, cursor, ...filter } }) => {
      const { data, nextCursor } = await listMessages(principal, filter, { limit, cursor });
      return page(data, nextCursor);
    },
    'GET /api/messages/{id}': async ({ params, principal }) => ok(await getMessage(principal, params.id)),
    'POST /api/messages/{id}/resend': async ({ params, principal, now }) => {
      const { message, audit } = await resendMessage(principal, params.id, now);
      return written(message, audit);
    },
    'POST /api/messages/test': async ({ body, principal, now }) => {
      const { message, audit } = await enqueueTestMessage(principal, body.phone, now);
      return created(message, audit);
    },
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);
