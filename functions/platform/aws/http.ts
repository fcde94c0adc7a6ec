import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

// One keep-alive pool per process, as the SDK's NodeHttpHandler keeps: a warm Lambda reuses its TLS connections.
const agents = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 50 }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 50 }),
};

/** One HTTP(S) exchange, the whole answer buffered; rejects on a network error or an abort. */
export function send(
  url: URL,
  init: { method: string; headers: Record<string, string>; body: string | Uint8Array; signal?: AbortSignal },
): Promise<HttpResponse> {
  const https = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (https ? httpsRequest : httpRequest)(url, {
      method: init.method,
      headers: { ...init.headers, 'content-length': String(Buffer.byteLength(init.body as string)) },
      agent: agents[https ? 'https:' : 'http:'],
      signal: init.signal,
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(init.body);
  });
}
