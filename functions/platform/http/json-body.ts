import { DomainError, PayloadTooLargeError } from '#functions/platform/errors';
import type { HttpMiddleware, HttpRequest } from '#functions/platform/http/types';

const defaults = { limitBytes: 256 * 1024 };

/** Parses a JSON body after checking its size; other content types are refused. */
export function jsonBody(opts: Partial<typeof defaults> = {}): HttpMiddleware {
  const { limitBytes } = { ...defaults, ...opts };

  const jsonBodyBefore = (request: HttpRequest): void => {
    const { body, isBase64Encoded, headers } = request.event;
    if (body === undefined || body === null || body === '') return;
    const raw = isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
    if (raw.byteLength > limitBytes) throw new PayloadTooLargeError(limitBytes);
    const contentType = headers?.['content-type'] ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
      throw new DomainError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        '请求体须为 JSON（Content-Type: application/json）',
      );
    }
    try {
      request.context.rawBody = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new DomainError(400, 'INVALID_JSON', '请求体不是有效的 JSON，请检查格式');
    }
  };

  return { before: jsonBodyBefore };
}
