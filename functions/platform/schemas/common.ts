import * as z from 'zod';

export const fieldErrorSchema = z.object({
  path: z.string().meta({ description: '出错字段，如 body.name' }),
  message: z.string(),
  code: z.string(),
});

/** Every 4xx/5xx body. `code` is for machines, `message` (Chinese) for people. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.array(fieldErrorSchema).optional(),
  }),
});

export type ErrorBody = z.infer<typeof errorSchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;
