import { addHeaders, type HttpMiddleware, type HttpRequest } from '#functions/platform/http/types';
import { logger } from '#functions/platform/logger';

/** Tags every log line with the request id, answers it in `x-request-id`, and writes one access line. */
export function requestLog(): HttpMiddleware {
  const started = new WeakMap<HttpRequest, number>();

  const requestLogBefore = (request: HttpRequest): void => {
    const { event, context } = request;
    context.requestId = event.requestContext?.requestId ?? context.awsRequestId;
    started.set(request, performance.now());
    logger.resetKeys();
    logger.addContext(context);
    logger.appendKeys({ requestId: context.requestId, routeKey: event.routeKey });
  };

  const requestLogAfter = (request: HttpRequest): void => {
    addHeaders(request, { 'x-request-id': request.context.requestId });
    const ms = Math.round((performance.now() - (started.get(request) ?? performance.now())) * 10) / 10;
    logger.info('request', { status: request.response?.statusCode, ms });
  };

  return { before: requestLogBefore, after: requestLogAfter, onError: requestLogAfter };
}
