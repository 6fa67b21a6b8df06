import { HealthOutput } from '@ketnoi/contract';
import type { ApiRegistry } from '../../http/api.js';
import type { IndexFailure, Store } from '../../store/types.js';

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
      const failures = deps.store.indexFailures();
      res.setHeader('Cache-Control', 'no-store');
      return {
        status: healthStatus(storeOk, failures, searchStatus),
        store: { engine: deps.store.engine, ok: storeOk, failedIndexes: failures.map(({ collection, index }) => ({ collection, index })) },
        search: searchStatus,
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
      };
    },
  });
}

/** `degraded` when the store does not answer, a declared index is missing, or search is unhealthy. */
export function healthStatus(storeOk: boolean, failures: readonly IndexFailure[], search: { ok: boolean }): 'ok' | 'degraded' {
  return storeOk && failures.length === 0 && search.ok ? 'ok' : 'degraded';
}
