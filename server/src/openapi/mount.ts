import type { RequestHandler, Router } from 'express';
import swaggerUi from 'swagger-ui-express';
import type { ApiRegistry } from '../http/api.js';
import { buildOpenApiDocument } from './document.js';

/** GET /api/openapi.json (generated once, on first request) and the human page at /api/docs. */
export function mountApiDocs(router: Router, api: ApiRegistry, compress: RequestHandler): void {
  let document: unknown = null;
  router.get('/openapi.json', compress, (_req, res) => {
    document ??= buildOpenApiDocument(api.routes, process.env.npm_package_version ?? '0.1.0');
    res.json(document);
  });
  router.use(
    '/docs',
    compress,
    swaggerUi.serve,
    swaggerUi.setup(undefined, { customSiteTitle: 'KếtNối API', swaggerOptions: { url: '/api/openapi.json' } }),
  );
}
