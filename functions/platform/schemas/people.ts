import * as z from 'zod';
import { MOBILE_PATTERN } from '#functions/platform/phone';

export const mobileSchema = z
  .string({ error: (issue) => (issue.input === undefined ? '请填写手机号码' : '手机号码须为文本') })
  .trim()
  .regex(MOBILE_PATTERN, { error: '请输入 11 位手机号码' });

/** A named person with a phone: an enterprise's principal or safety contact. */
export const contactSchema = z.object({
  name: z.string().trim().min(1, { error: '请填写姓名' }).max(32),
  phone: mobileSchema,
});
export type Contact = z.infer<typeof contactSchema>;

/** The same contact as list responses show it: phone masked. */
export const maskedContactSchema = z.object({ name: z.string(), phone: z.string().optional() });
