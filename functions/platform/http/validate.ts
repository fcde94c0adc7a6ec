import * as z from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { ValidationError } from '#functions/platform/errors';
import type { HttpMiddleware, HttpRequest } from '#functions/platform/http/types';
import type { AnySchema } from '#functions/platform/manifest-types';
import type { FieldError } from '#functions/platform/schemas/common';

// Field messages are read by Chinese users; zod's own locale covers every issue type.
z.config(zhCN());

function check(
  part: 'params' | 'query' | 'body',
  schema: AnySchema | undefined,
  value: unknown,
  errors: FieldError[],
) {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    errors.push({
      path: [part, ...issue.path.map(String)].join('.'),
      message: issue.message,
      code: issue.code,
    });
  }
  return undefined;
}

/** Validates path, query and body against the route's zod schemas; any failure is one 400 with every field. */
export function validate(): HttpMiddleware {
  const validateBefore = (request: HttpRequest): void => {
    const { route, rawBody } = request.context;
    if (!route) return;
    const { pathParameters, queryStringParameters } = request.event;
    const errors: FieldError[] = [];
    const params = check('params', route.params, pathParameters ?? {}, errors);
    const query = check('query', route.query, queryStringParameters ?? {}, errors);
    const body = check('body', route.body, rawBody, errors);
    if (errors.length > 0) throw new ValidationError(errors);
    request.context.input = { params, query, body };
  };

  return { before: validateBefore };
}
