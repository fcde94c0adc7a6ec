/** What a route handler returns; the group handler turns it into the API Gateway result. */
export interface Reply<T = unknown> {
  readonly status: 200 | 201 | 202 | 204;
  readonly body?: T;
  readonly headers?: Readonly<Record<string, string>>;
}

export function ok<T>(body: T, headers?: Record<string, string>): Reply<T> {
  return headers ? { status: 200, body, headers } : { status: 200, body };
}

export function created<T>(body: T): Reply<T> {
  return { status: 201, body };
}

export function noContent(): Reply<never> {
  return { status: 204 };
}

/** A cursor page: DynamoDB has no cheap total count, so lists say only where to continue. */
export function page<T>(
  data: T[],
  nextCursor: string | null,
): Reply<{ data: T[]; nextCursor: string | null }> {
  return { status: 200, body: { data, nextCursor } };
}
