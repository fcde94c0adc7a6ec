import { type IncomingMessage, request, type ServerResponse } from 'node:http';

/** Where the local gateway exposes S3 to browsers: same origin as the console, so uploads need no CORS. */
export const S3_PROXY_PREFIX = '/s3';

/** A page opened as localhost:3000 posting to 127.0.0.1:3000 is cross-origin; locally, any loopback page may. */
function loopbackCors(origin: string | undefined): Record<string, string> {
  if (!origin || !/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin)) return {};
  return { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'etag', vary: 'Origin' };
}

/**
 * Forwards `/s3/<bucket>/<key>` to s3rver, streaming both ways. Presigned URLs point here locally (env
 * S3_PUBLIC_ENDPOINT); in AWS they point at S3 itself, whose CORS the CDK stack configures.
 */
export function proxyToS3(s3Endpoint: string, incoming: IncomingMessage, outgoing: ServerResponse): void {
  const cors = loopbackCors(incoming.headers.origin);
  if (incoming.method === 'OPTIONS') {
    outgoing.writeHead(204, {
      ...cors,
      'access-control-allow-methods': 'GET,POST,PUT,HEAD',
      'access-control-allow-headers': '*',
    });
    outgoing.end();
    return;
  }
  const target = new URL(s3Endpoint);
  const path = (incoming.url ?? '/').slice(S3_PROXY_PREFIX.length) || '/';
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      method: incoming.method,
      path,
      headers: { ...incoming.headers, host: target.host },
    },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...cors });
      answer.pipe(outgoing);
    },
  );
  upstream.on('error', () => {
    if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    outgoing.end('本地对象存储不可用');
  });
  incoming.pipe(upstream);
}
