import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { CALLER_HEADER } from '#functions/platform/caller';
import type { Grants } from '#functions/platform/manifest-types';
import { checkDynamo, checkS3, type Denial, grantsByFunction } from './iam-rules';
import { dynamoAction, interceptRequests, type Listener } from './intercept';

const deniedMessage = (functionName: string, { action, resource, hint }: Denial) =>
  `User: local/${functionName} is not authorized to perform: ${action} on resource: ${resource} because no ` +
  `identity-based policy allows the ${action} action${hint ? ` (${hint})` : ''}`;

function denyDynamo(response: ServerResponse, functionName: string, denial: Denial): void {
  const body = JSON.stringify({
    __type: 'com.amazon.coral.service#AccessDeniedException',
    message: deniedMessage(functionName, denial),
  });
  response.writeHead(400, {
    'content-type': 'application/x-amz-json-1.0',
    'x-amzn-requestid': randomUUID(),
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

const xmlEscape = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`);

function denyS3(response: ServerResponse, method: string, functionName: string, denial: Denial): void {
  const requestId = randomUUID();
  const body =
    method === 'HEAD'
      ? ''
      : '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>' +
        `<Message>${xmlEscape(deniedMessage(functionName, denial))}</Message>` +
        `<RequestId>${requestId}</RequestId></Error>`;
  response.writeHead(403, {
    'content-type': 'application/xml',
    'x-amz-request-id': requestId,
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

function readAll(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

function parseJson(body: Buffer): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8') || '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {}; // the emulator answers malformed requests itself
  }
}

/** The request again, its body already read: a stream of it with the original's method, URL and headers. */
function replay(incoming: IncomingMessage, body: Buffer): IncomingMessage {
  const { method, url, headers, httpVersion } = incoming;
  return Object.assign(Readable.from(body.length > 0 ? [body] : []), {
    method,
    url,
    headers,
    httpVersion,
  }) as unknown as IncomingMessage;
}

/**
 * Puts local IAM in front of an emulator's own HTTP server (dynalite or s3rver), in process: a request that
 * names its function is checked against that function's grants and, if denied, answered as AWS would; every
 * other request reaches the emulator untouched.
 */
export function guardWithLocalIam(
  server: Server,
  service: 'dynamodb' | 's3',
  onDenied: (line: string) => void = () => {},
  grants: ReadonlyMap<string, Grants> = grantsByFunction(),
): void {
  const check = async (
    incoming: IncomingMessage,
    outgoing: ServerResponse,
    functionName: string,
    pass: Listener,
  ) => {
    const granted = grants.get(functionName) ?? {}; // a name the manifest does not know has no grants
    const method = incoming.method ?? 'GET';
    const report = (denial: Denial) => {
      onDenied(`iam: ${deniedMessage(functionName, denial)}`);
      return denial;
    };
    if (service === 's3') {
      const denial = checkS3(granted, method, incoming.url ?? '/', incoming.headers);
      if (!denial) return pass(incoming, outgoing);
      return denyS3(outgoing, method, functionName, report(denial));
    }
    const body = await readAll(incoming);
    const action = dynamoAction(incoming);
    const denial = checkDynamo(granted, action, parseJson(body));
    if (!denial) return pass(replay(incoming, body), outgoing);
    return denyDynamo(outgoing, functionName, report(denial));
  };

  interceptRequests(server, (incoming, outgoing, pass) => {
    const functionName = incoming.headers[CALLER_HEADER];
    if (typeof functionName !== 'string') return pass(incoming, outgoing); // an administrator
    check(incoming, outgoing, functionName, pass).catch((error: unknown) => {
      if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      outgoing.end(`local IAM failed: ${String(error)}`);
    });
  });
}
