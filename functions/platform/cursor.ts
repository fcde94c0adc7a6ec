import type * as z from 'zod';
import { DomainError } from '#functions/platform/errors';

/** A list cursor that does not decode or does not belong to the list it was sent to. */
export class InvalidCursorError extends DomainError {
  constructor() {
    super(400, 'INVALID_CURSOR', '分页位置无效或已过期，请回到第一页重新加载', [
      { path: 'query.cursor', message: '分页位置无效，请从第一页重新加载', code: 'invalid_cursor' },
    ]);
  }
}

/** Cursors are opaque to clients: base64url JSON. Integrity is checked by the list that decodes them. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** Decodes a cursor into `schema`'s shape, or throws InvalidCursorError (400). */
export function decodeCursor<S extends z.ZodType>(cursor: string, schema: S): z.output<S> {
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const parsed = schema.safeParse(position);
  if (!parsed.success) throw new InvalidCursorError();
  return parsed.data;
}
