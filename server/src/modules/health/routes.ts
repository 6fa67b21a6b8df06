import { HealthOutput } from '@ketnoi/contract';
import type { ApiRegistry } from '../../http/api.js';
import type { Store } from '../../store/types.js';

export interface SearchHealth {
  engine: string;
  ok: boolean;
  /** Profile changes not yet visible in search (outbox entries waiting). */
  lag: number;
}

export function registerHealthRoutes(api: ApiRegistry, deps: { store: Store; searchHealth: () => Promise<SearchHealth> }): void {
  const started = Date.now();
  api.route({
    method: 'get',
    path: '/health',
    summary: 'Liveness and dependency status (no auth)',
    tags: ['health'],
    auth: 'public',
    responses: {
      200: { description: 'Service status; `degraded` when the store or search is unhealthy', schema: HealthOutput },
    },
    handler: async ({ res }) => {
      const [storeOk, search] = await Promise.all([deps.store.ping(), deps.searchHealth().catch(() => null)]);
      const searchStatus = search ?? { engine: 'unknown', ok: false, lag: -1 };
      res.setHeader('Cache-Control', 'no-store');
      return {
        status: storeOk && searchStatus.ok ? ('ok' as const) : ('degraded' as const),
        store: { engine: deps.store.engine, ok: storeOk },
        search: searchStatus,
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
      };
    },
  });
}
