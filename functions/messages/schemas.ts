import * as z from 'zod';
import { messageStatuses } from '#functions/messages/domain/statuses';
import { pageQuerySchema } from '#functions/platform/schemas/pagination';
import { mobileSchema } from '#functions/platform/schemas/people';
import { districtIdSchema, queryTextSchema } from '#functions/platform/schemas/scope';

export { messageStatuses };
export const messageStatusSchema = z.enum(messageStatuses);
export type MessageStatus = z.infer<typeof messageStatusSchema>;

export const messageAttemptSchema = z.object({
  at: z.string(),
  outcome: z.enum(['SENT', 'FAILED']),
  provider: z.string(),
  providerMessageId: z.string().optional(),
  error: z.string().optional(),
  ms: z.number().optional(),
});

/** A message as the console shows it; the phone is masked in lists and on the detail alike (logs too). */
export const messageSchema = z.object({
  id: z.string(),
  idempotencyKey: z.string(),
  template: z.string(),
  params: z.record(z.string(), z.string()),
  text: z.string(),
  segments: z.number(),
  recipient: z.object({ userId: z.string().optional(), name: z.string().optional(), phone: z.string() }),
  status: messageStatusSchema,
  urgent: z.boolean(),
  attempts: z.number(),
  nextAttemptAt: z.string().optional(),
  lastError: z.string().optional(),
  providerMessageId: z.string().optional(),
  concerns: z.object({ entity: z.string(), id: z.string() }).optional(),
  districtId: z.string().optional(),
  enqueuedBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sentAt: z.string().optional(),
});
export type Message = z.infer<typeof messageSchema>;

export const messageDetailSchema = messageSchema.extend({ history: z.array(messageAttemptSchema) });

export const messageListQuerySchema = pageQuerySchema.extend({
  status: messageStatusSchema.optional(),
  template: queryTextSchema(64).optional(),
  districtId: districtIdSchema.optional(),
  /** Asia/Shanghai calendar day, e.g. 2026-11-30. */
  date: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }).optional(),
});

export const testMessageSchema = z.object({ phone: mobileSchema });
