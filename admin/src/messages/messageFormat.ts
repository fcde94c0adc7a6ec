import type * as z from 'zod';
import type { messageAttemptSchema, messageDetailSchema, messageStatuses } from '#functions/messages/schemas';

export type MessageStatus = (typeof messageStatuses)[number];
export type MessageDetail = z.infer<typeof messageDetailSchema>;
export type MessageAttempt = z.infer<typeof messageAttemptSchema>;

/**
 * The SMS templates (functions/domain/sms-templates.ts) the 模板 filter offers, labelled by
 * `app.message.template.<code>`; a unit test keeps the list and the Chinese labels in step with the API's.
 */
export const messageTemplateCodes = [
  'test',
  'dustRemind',
  'dustUrge',
  'dustVerify',
  'dustReupload',
  'riskOverdue',
  'hazardDeadline',
  'riskOverdueDigest',
  'hazardOverdue',
  'townRiskEscalation',
  'townHazardEscalation',
  'campaignRemind',
  'selfCheckInvite',
  'selfCheckRemind',
] as const;

/** Statuses the dispatcher has not settled yet: the show page reads the message again while it is in one. */
export const unsettledStatuses: readonly MessageStatus[] = ['PENDING', 'SENDING', 'FAILED'];

/** How often the show page reads an unsettled message (ms). */
export const MESSAGE_POLL_MS = 3000;

export const isUnsettled = (status: unknown): boolean =>
  typeof status === 'string' && (unsettledStatuses as readonly string[]).includes(status);

/** The chip colour of each status: grey waiting, blue sending, green sent, orange retrying, red given up. */
export const statusColor: Readonly<
  Record<MessageStatus, 'default' | 'info' | 'success' | 'warning' | 'error'>
> = {
  PENDING: 'default',
  SENDING: 'info',
  SENT: 'success',
  FAILED: 'warning',
  DEAD: 'error',
};
