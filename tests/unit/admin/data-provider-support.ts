/** The fake API and the list fixtures that the admin data provider tests share. */
export interface ApiCall {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export interface FakeReply {
  status?: number;
  body?: unknown;
  /** A raw body that is not JSON (a proxy's error page). */
  text?: string;
}

/** A stand-in for `fetch` that records each call and answers from `reply`. */
export function fakeFetch(reply: (call: ApiCall) => FakeReply | Promise<FakeReply>) {
  const calls: ApiCall[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const call: ApiCall = {
      method: init.method ?? 'GET',
      url: new URL(String(input), 'http://console.test'),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const { status = 200, body, text } = await reply(call);
    const payload = text ?? (body === undefined ? null : JSON.stringify(body));
    return new Response(status === 204 ? null : payload, { status });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export function makeEnterprises(count: number) {
  return Array.from({ length: count }, (_, index) => ({ id: `E${index + 1}`, name: `常州企业${index + 1}` }));
}

/** A cursor-paginated list route over `records`, as our API answers it: `{ data, nextCursor }`. */
export function cursorList(records: ReadonlyArray<{ id: string }>) {
  return (call: ApiCall): FakeReply => {
    const limit = Number(call.url.searchParams.get('limit'));
    const start = Number(call.url.searchParams.get('cursor')?.replace('after-', '') ?? 0);
    const end = Math.min(start + limit, records.length);
    return {
      body: { data: records.slice(start, end), nextCursor: end < records.length ? `after-${end}` : null },
    };
  };
}

export const sort = { field: 'name', order: 'ASC' as const };
export const page = (n: number, perPage = 10) => ({ page: n, perPage });
