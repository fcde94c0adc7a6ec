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
    existingId: z
      .string()
      .optional()
      .meta({ description: '409：与请求冲突的已有记录编号，仅当调用者有权查看该记录时给出' }),
  }),
});

export type ErrorBody = z.infer<typeof errorSchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;
