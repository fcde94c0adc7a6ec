import { UnauthenticatedError } from '#functions/lib/errors';
import type { HttpMiddleware, HttpRequest } from './types';

/**
 * Lets public routes through and refuses the rest until a caller is identified. Token verification and the
 * caller's Principal arrive with the identity capability; the rule "no token, no access" holds from day one.
 */
export function auth(): HttpMiddleware {
  const authBefore = (request: HttpRequest): void => {
    const route = request.context.route;
    if (!route || route.access === 'public') return;
    throw new UnauthenticatedError();
  };
  return { before: authBefore };
}
