import * as z from 'zod';

/** Query of every list: a page size capped at 100 and an opaque cursor from the previous page. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().min(1).max(2048).optional(),
});

/** `{ data, nextCursor }`: DynamoDB has no cheap total count, so a page says only where to continue. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}

export const idParamsSchema = z.object({ id: z.string().min(1).max(64) });

/** `true`/`false` in a query string. */
export const queryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');

export const emptySchema = z.object({});
