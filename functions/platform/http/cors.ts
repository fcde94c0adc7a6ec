import { addHeaders, type HttpMiddleware, type HttpRequest } from '#functions/platform/http/types';

/** The CORS answer for an origin; shared with the local gateway's preflight so both hosts agree. */
export function corsHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): Record<string, string> {
  if (!origin || !allowedOrigins.includes(origin)) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'false',
    'access-control-expose-headers': 'x-request-id',
    vary: 'Origin',
  };
}

export const corsPreflightHeaders = {
  'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
  'access-control-allow-headers': 'authorization,content-type',
  'access-control-max-age': '600',
};

/** Allows the console's known origins only; the console is usually same-origin (CloudFront), so this is rare. */
export function cors(opts: { allowedOrigins: readonly string[] }): HttpMiddleware {
  const corsAfter = (request: HttpRequest): void => {
    addHeaders(request, corsHeaders(request.event.headers?.origin, opts.allowedOrigins));
  };
  return { after: corsAfter, onError: corsAfter };
}
