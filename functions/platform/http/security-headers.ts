import { addHeaders, type HttpMiddleware, type HttpRequest } from '#functions/platform/http/types';

/** API responses are JSON for scripts, never pages: forbid sniffing, framing, caching and referrers. */
const securityHeaderValues = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
};

export function securityHeaders(): HttpMiddleware {
  const securityHeadersAfter = (request: HttpRequest): void => addHeaders(request, securityHeaderValues);
  return { after: securityHeadersAfter, onError: securityHeadersAfter };
}
