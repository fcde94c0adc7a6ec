import { DomainError } from '#functions/platform/errors';
import type { HttpMiddleware, HttpRequest } from '#functions/platform/http/types';
import { logger } from '#functions/platform/logger';
import type { ErrorBody } from '#functions/platform/schemas/common';

const INTERNAL_MESSAGE = '服务器内部错误，请稍后重试；如多次出现，请把请求编号告诉管理员';

function errorResult(status: number, body: ErrorBody) {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  };
}

/** Maps typed domain errors to 4xx and anything else to a 500 that carries the request id and no internals. */
export function httpErrors(): HttpMiddleware {
  const httpErrorsOnError = (request: HttpRequest): void => {
    const { error, context } = request;
    const requestId = context.requestId;
    if (error instanceof DomainError) {
      const { code, message, fields, existingId } = error;
      request.response = errorResult(error.status, {
        error: {
          code,
          message,
          requestId,
          ...(fields ? { fields } : {}),
          ...(existingId ? { existingId } : {}),
        },
      });
      return;
    }
    logger.error('unhandled error', { error });
    request.response = errorResult(500, {
      error: { code: 'INTERNAL', message: INTERNAL_MESSAGE, requestId },
    });
  };

  return { onError: httpErrorsOnError };
}
