import { addHeaders, type HttpMiddleware, type HttpRequest } from '#functions/platform/http/types';

/**
 * API responses are JSON for scripts, never pages: forbid sniffing, framing, caching and referrers. A public
 * route may answer its own `cache-control` (the public agency list): that one is kept.
 */
const securityHeaderValues = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
};

export function securityHeaders(): HttpMiddleware {
  const securityHeadersAfter = (request: HttpRequest): void => {
    const own = request.response?.headers?.['cache-control'];
    addHeaders(
      request,
      own ? { ...securityHeaderValues, 'cache-control': String(own) } : securityHeaderValues,
    );
  };
  return { after: securityHeadersAfter, onError: securityHeadersAfter };
}
