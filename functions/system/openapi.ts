import * as z from 'zod';
import { type Route, routes } from '#functions/manifest';
import type { AnySchema, RouteSpec } from '#functions/platform/manifest-types';
import { errorSchema } from '#functions/platform/schemas/common';

type JsonSchema = Record<string, unknown>;

function toJsonSchema(schema: AnySchema, io: 'input' | 'output'): JsonSchema {
  // Inline every sub-schema: a nested $defs/$ref would resolve against the OpenAPI document, not the schema.
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    reused: 'inline',
  });
  return rest;
}

function parameters(schema: AnySchema | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toJsonSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

const errorRef = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorRef } },
});

function operation(route: Route) {
  const spec: RouteSpec = route;
  const status = String(spec.status ?? 200);
  return {
    operationId: `${route.method.toLowerCase()}${route.path.replace(/[^A-Za-z0-9]+(\w?)/g, (_m, c: string) => c.toUpperCase())}`,
    summary: route.summary,
    tags: [spec.tag ?? route.group],
    security: route.access === 'public' ? [] : [{ bearer: [] }],
    'x-roles': route.access,
    parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')],
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toJsonSchema(spec.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [status]: {
        description: '成功',
        content: { 'application/json': { schema: toJsonSchema(route.response, 'output') } },
      },
      '400': errorResponse('请求参数有误（字段错误见 fields）'),
      ...(route.access === 'public'
        ? {}
        : { '401': errorResponse('未登录'), '404': errorResponse('不存在或无权查看') }),
      '500': errorResponse('服务器内部错误（带请求编号）'),
    },
  };
}

/** The OpenAPI 3.1 document of every manifest route, generated from the same zod schemas that validate them. */
export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const methods = paths[route.path] ?? {};
    methods[route.method.toLowerCase()] = operation(route);
    paths[route.path] = methods;
  }
  return {
    openapi: '3.1.0',
    info: { title: '常安码 API', version, description: '工贸企业安全生产监管平台接口' },
    paths,
    components: {
      schemas: { Error: toJsonSchema(errorSchema, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
