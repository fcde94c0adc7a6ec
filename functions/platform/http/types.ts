import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { AuditRecord } from '#functions/platform/audit/record';
import type { RouteSpec } from '#functions/platform/manifest-types';
import type { Principal } from '#functions/platform/principal';

/** Validated request parts, filled by the `validate` middleware. */
export interface RouteInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** The Lambda context, plus what our middlewares learn about the request. */
export interface HttpContext extends Context {
  requestId: string;
  route?: RouteSpec;
  rawBody?: unknown;
  input?: RouteInput;
  /** The verified caller; absent on public routes called without a token. */
  principal?: Principal;
  /** What the handler changed, for the audit middleware. */
  audit?: AuditRecord;
}

export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResult = APIGatewayProxyStructuredResultV2;
export type HttpRequest = Request<HttpEvent, HttpResult, Error, HttpContext>;
export type HttpMiddleware = MiddlewareObj<HttpEvent, HttpResult, Error, HttpContext>;

/** Adds headers to the result whether it came from the handler or from an error. */
export function addHeaders(request: HttpRequest, headers: Record<string, string>): void {
  if (!request.response) return;
  request.response.headers = { ...request.response.headers, ...headers };
}
