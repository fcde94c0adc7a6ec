import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import * as z from 'zod';
import type { AuditEntryInput } from '#functions/platform/audit/entry';
import { now } from '#functions/platform/clock';
import { readEnv } from '#functions/platform/env';
import { audit } from '#functions/platform/http/audit';
import { cors } from '#functions/platform/http/cors';
import { httpErrors } from '#functions/platform/http/http-errors';
import { jsonBody } from '#functions/platform/http/json-body';
import { requestLog } from '#functions/platform/http/request-log';
import { routeMatch } from '#functions/platform/http/route-match';
import { securityHeaders } from '#functions/platform/http/security-headers';
import type { HttpContext, HttpEvent, HttpMiddleware, HttpResult } from '#functions/platform/http/types';
import { validate } from '#functions/platform/http/validate';
import { isSupervisorWrite, type RouteSpec, routeKey } from '#functions/platform/manifest-types';
import type { Principal } from '#functions/platform/principal';
import type { AuditedReply, Reply } from '#functions/platform/respond';
import type { SupervisorRole } from '#functions/platform/roles';

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a route handler receives: validated input, typed from the route's manifest schemas. */
export interface HandlerInput<R extends RouteSpec> {
  params: Infer<R extends { params: infer P } ? P : undefined>;
  query: Infer<R extends { query: infer Q } ? Q : undefined>;
  body: Infer<R extends { body: infer B } ? B : undefined>;
  /** The verified caller: always present on routes that are not public. */
  principal: R['access'] extends 'public' ? Principal | undefined : Principal;
  requestId: string;
  /** The request's instant, read once from the platform clock (pinned in tests): the handler's only "now". */
  now: Date;
  event: HttpEvent;
}

/** A write a supervisor may make (not GET, some supervisor role allowed): its reply must name its audit record. */
type SupervisorWrite<R extends RouteSpec> = R['method'] extends 'GET'
  ? false
  : R['access'] extends readonly (infer A)[]
    ? [Extract<A, SupervisorRole>] extends [never]
      ? false
      : true
    : false;

export type RouteHandler<R extends RouteSpec> = (
  input: HandlerInput<R>,
) => Promise<
  SupervisorWrite<R> extends true ? AuditedReply<z.input<R['response']>> : Reply<z.input<R['response']>>
>;

/** Exactly one handler per manifest route of the group, keyed like API Gateway's routeKey. */
export type GroupHandlers<Routes extends readonly RouteSpec[], G extends string> = {
  [R in Extract<Routes[number], { group: G }> as `${R['method']} ${R['path']}`]: RouteHandler<R>;
};

export interface GroupOptions {
  /** Verifies the caller of every route that is not public (identity's `authenticate()`). */
  readonly authenticate?: HttpMiddleware;
  /**
   * Appends one audit entry (`appendAuditEntry`); required of groups with supervisor write routes. Passed in, not
   * imported here, so that groups without writes (health, lists) do not carry the audit entity in their bundle.
   */
  readonly appendAudit?: (entry: AuditEntryInput) => Promise<void>;
}

const env = readEnv({ ALLOWED_ORIGINS: z.string().default('') });
const allowedOrigins = env.ALLOWED_ORIGINS.split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

function toResult(reply: Reply): HttpResult {
  const headers = { 'content-type': 'application/json; charset=utf-8', ...reply.headers };
  if (reply.body === undefined) return { statusCode: reply.status, headers };
  return { statusCode: reply.status, headers, body: JSON.stringify(reply.body) };
}

/**
 * The Lambda handler of one route group: the shared middy chain, then dispatch by route key. It takes its routes
 * from its own capability's manifest, so a bundle holds only that capability's routes and schemas.
 */
export function httpGroup<const Routes extends readonly RouteSpec[], const G extends string>(
  capabilityRoutes: Routes,
  group: G,
  handlers: NoInfer<GroupHandlers<Routes, G>>,
  options: GroupOptions = {},
) {
  const groupRoutes = capabilityRoutes.filter((route) => route.group === group);
  if (groupRoutes.length === 0) throw new Error(`Group ${group} has no routes in its manifest`);
  if (!options.authenticate && groupRoutes.some((route) => route.access !== 'public'))
    throw new Error(`Group ${group} has protected routes: pass identity's authenticate()`);
  if (!options.appendAudit && groupRoutes.some(isSupervisorWrite))
    throw new Error(`Group ${group} has supervisor write routes: pass appendAuditEntry`);
  const routesByKey = new Map(groupRoutes.map((route) => [routeKey(route), route] as const));
  const byKey = handlers as unknown as Record<string, (input: unknown) => Promise<Reply>>;

  const dispatch = async (event: HttpEvent, context: HttpContext): Promise<HttpResult> => {
    const handler = byKey[event.routeKey];
    if (!handler || !context.input) throw new Error(`No handler for ${event.routeKey} in group ${group}`);
    const reply = await handler({
      ...context.input,
      principal: context.principal,
      requestId: context.requestId,
      now: now(),
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
    .use(routeMatch(routesByKey));
  if (options.authenticate) chain.use(options.authenticate);
  // After auth, so that it knows the caller; its `after` runs once the handler has answered.
  if (options.appendAudit) chain.use(audit({ append: options.appendAudit }));
  chain.use(validate()).handler(dispatch);
  // Lambda passes a plain Context; the middlewares add the HttpContext fields before anything reads them.
  return chain as unknown as (event: HttpEvent, context: Context) => Promise<HttpResult>;
}
