// The OpenAPI 3.1 document, generated from the very zod schemas the routes validate with.
import { createDocument } from 'zod-openapi';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import type { ZodType } from 'zod';
import type { RecordedRoute } from '../http/api.js';
import { ErrorBody } from '@ketnoi/contract';
import * as declarations from '@ketnoi/contract/endpoints/index';

/**
 * `operationId`s from the contract's own names (`introsEndpoints.accept` → `introsAccept`), so a generated
 * SDK (openapi-typescript, orval, Immich-style) gets stable, readable method names.
 */
const operationIds = new Map<string, string>(
  Object.entries(declarations).flatMap(([group, endpoints]) =>
    Object.entries(endpoints as Record<string, { method: string; path: string }>).map(([name, e]) => [
      `${e.method} ${e.path}`,
      `${group.replace(/Endpoints$/, '')}${name[0]!.toUpperCase()}${name.slice(1)}`,
    ]),
  ),
);

const toOpenApiPath = (path: string) => `/api${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;

export function buildOpenApiDocument(routes: RecordedRoute[], version: string): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const operationId = operationIds.get(`${route.method} ${route.path}`);
    const operation: ZodOpenApiOperationObject = {
      ...(operationId ? { operationId } : {}),
      summary: route.summary,
      tags: [...route.tags],
      ...(route.description ? { description: route.description } : {}),
      ...(route.auth === 'public' ? { security: [] } : {}),
      ...(route.auth !== 'public' && route.auth !== 'user' ? { 'x-roles': [...route.auth] } : {}),
      requestParams: {
        ...(route.request.params ? { path: route.request.params as never } : {}),
        ...(route.request.query ? { query: route.request.query as never } : {}),
      },
      ...((route.request.body ?? route.docBody)
        ? {
            requestBody: {
              required: true,
              content: { [route.docBodyType ?? 'application/json']: { schema: (route.request.body ?? route.docBody) as ZodType } },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(route.responses).flatMap(([status, spec]) =>
          spec
            ? [
                [
                  status,
                  {
                    description: spec.description,
                    ...(spec.schema ? { content: { [spec.contentType ?? 'application/json']: { schema: spec.schema } } } : {}),
                  },
                ],
              ]
            : [],
        ),
      ),
    };
    const key = toOpenApiPath(route.path);
    paths[key] = { ...(paths[key] ?? {}), [route.method]: operation };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'KếtNối API',
      version,
      description:
        "Matchmaking for Vietnam's provincial startup-support programmes. Cookie sessions (HttpOnly, SameSite=Lax); " +
        'errors are `{ error: { code, message, details? } }`. Realtime events are described in docs/API.md (section Realtime) and typed in @ketnoi/contract (realtime.ts).',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: { Error: ErrorBody },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kn.sid' } },
    },
    security: [{ session: [] }],
    paths,
  });
}
