import { testMessageSchema } from '#functions/messages/schemas';
import { requiredText, zodFormValidator } from '../forms/zodValidation';

/** The 发送测试短信 dialog's values as POST /api/messages/test takes them. */
export const toTestMessage = (values: Record<string, unknown>) => ({ phone: requiredText(values.phone) });

/** The API's own check (a mainland mobile, 1[3-9] and nine digits), with its message; empty says 必填. */
export const validateTestMessage = zodFormValidator(testMessageSchema, toTestMessage);
