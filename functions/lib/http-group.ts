import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { type GroupName, type Route, routes } from '#functions/manifest';
import { readEnv } from './env';
import { audit } from './http/audit';
import { auth } from './http/auth';
import { cors } from './http/cors';
import { httpErrors } from './http/http-errors';
import { jsonBody } from './http/json-body';
import { requestLog } from './http/request-log';
import { routeMatch } from './http/route-match';
import { securityHeaders } from './http/security-headers';
import type { HttpContext, HttpEvent, HttpResult } from './http/types';
import { validate } from './http/validate';
import { routeKey } from './manifest-types';
import type { Principal } from './principal';
import type { Reply } from './respond';

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a route handler receives: validated input, typed from the route's manifest schemas. */
export interface HandlerInput<R extends Route> {
  params: Infer<R extends { params: infer P } ? P : undefined>;
  query: Infer<R extends { query: infer Q } ? Q : undefined>;
  body: Infer<R extends { body: infer B } ? B : undefined>;
  /** The verified caller: always present on routes that are not public. */
  principal: R['access'] extends 'public' ? Principal | undefined : Principal;
  requestId: string;
  event: HttpEvent;
}

export type RouteHandler<R extends Route> = (
  input: HandlerInput<R>,
) => Promise<Reply<z.input<R['response']>>>;

/** Exactly one handler per manifest route of the group, keyed like API Gateway's routeKey. */
export type GroupHandlers<G extends GroupName> = {
  [R in Extract<Route, { group: G }> as `${R['method']} ${R['path']}`]: RouteHandler<R>;
};

const env = readEnv({ ALLOWED_ORIGINS: z.string().default('') });
const allowedOrigins = env.ALLOWED_ORIGINS.split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

function toResult(reply: Reply): HttpResult {
  const headers = { 'content-type': 'application/json; charset=utf-8', ...reply.headers };
  if (reply.body === undefined) return { statusCode: reply.status, headers };
  return { statusCode: reply.status, headers, body: JSON.stringify(reply.body) };
}

/** The Lambda handler of one route group: the shared middy chain, then dispatch by route key. */
export function httpGroup<G extends GroupName>(group: G, handlers: NoInfer<GroupHandlers<G>>) {
  const groupRoutes = routes.filter((route) => route.group === group);
  const routesByKey = new Map(groupRoutes.map((route) => [routeKey(route), route] as const));
  const byKey = handlers as unknown as Record<string, (input: unknown) => Promise<Reply>>;

  const dispatch = async (event: HttpEvent, context: HttpContext): Promise<HttpResult> => {
    const handler = byKey[event.routeKey];
    if (!handler || !context.input) throw new Error(`No handler for ${event.routeKey} in group ${group}`);
    const reply = await handler({
      ...context.input,
      principal: context.principal,
      requestId: context.requestId,
      event,
    });
    if (reply.audit) context.audit = reply.audit;
    return toResult(reply);
  };

  const chain = middy<HttpEvent, HttpResult, Error, HttpContext>()
    .use(requestLog())
    .use(securityHeaders())
    .use(cors({ allowedOrigins }))
    .use(httpErrors())
    .use(jsonBody())
    .use(routeMatch(routesByKey))
    .use(auth())
    // After auth, so that it knows the caller; its `after` runs once the handler has answered.
    .use(audit())
    .use(validate())
    .handler(dispatch);
  // Lambda passes a plain Context; the middlewares add the HttpContext fields before anything reads them.
  return chain as unknown as (event: HttpEvent, context: Context) => Promise<HttpResult>;
}
