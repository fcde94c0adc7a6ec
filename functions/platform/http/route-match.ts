import { NotFoundError } from '#functions/platform/errors';
import type { HttpMiddleware, HttpRequest } from '#functions/platform/http/types';
import type { RouteSpec } from '#functions/platform/manifest-types';

/** Finds the manifest route for API Gateway's `routeKey`; a key this group does not serve is a 404. */
export function routeMatch(routesByKey: ReadonlyMap<string, RouteSpec>): HttpMiddleware {
  const routeMatchBefore = (request: HttpRequest): void => {
    const route = routesByKey.get(request.event.routeKey);
    if (!route) throw new NotFoundError('接口不存在，请检查地址');
    request.context.route = route;
  };
  return { before: routeMatchBefore };
}
