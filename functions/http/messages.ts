import { httpGroup } from '#functions/lib/http-group';
import { created, ok, page, written } from '#functions/lib/respond';
import { enqueueTestMessage, getMessage, listMessages, resendMessage } from '#functions/store/messages';

/** 消息中心: the SMS outbox as supervisors see it; sending is the dispatcher job's work. */
export const handler = httpGroup('messages', {
  'GET /api/messages': async ({ principal, query: { limit, cursor, ...filter } }) => {
    const { data, nextCursor } = await listMessages(principal, filter, { limit, cursor });
    return page(data, nextCursor);
  },
  'GET /api/messages/{id}': async ({ params, principal }) => ok(await getMessage(principal, params.id)),
  'POST /api/messages/{id}/resend': async ({ params, principal }) => {
    const { message, audit } = await resendMessage(principal, params.id, new Date());
    return written(message, audit);
  },
  'POST /api/messages/test': async ({ body, principal }) => {
    const { message, audit } = await enqueueTestMessage(principal, body.phone, new Date());
    return created(message, audit);
  },
});
