import type { ApiRegistry } from '../../http/api.js';
import type { IndexFailure, Store } from '../../store/types.js';
import { healthEndpoints } from '@ketnoi/contract/endpoints/health';

export interface SearchHealth {
  engine: string;
  ok: boolean;
  /** Profile changes not yet visible in search (outbox entries waiting). */
  lag: number;
}

export interface MailQueueHealth {
  transport: 'smtp' | 'file';
  /** False while mails wait after failed attempts, or the relay refused the last connection. */
  ok: boolean;
  /** Mails waiting to be sent (including retries). */
  queued: number;
  /** Waiting mails whose last attempt failed. */
  failing: number;
  /** Mails given up on (rejected for good or out of attempts). */
  failed: number;
}

export function registerHealthRoutes(
  api: ApiRegistry,
  deps: { store: Store; searchHealth: () => Promise<SearchHealth>; mailHealth: () => Promise<MailQueueHealth> },
): void {
  const started = Date.now();
  api.route(healthEndpoints.status, {
    handler: async ({ res }) => {
      const [storeOk, search, mail] = await Promise.all([
        deps.store.ping(),
        deps.searchHealth().catch(() => null),
        deps.mailHealth().catch(() => null),
      ]);
      const searchStatus = search ?? { engine: 'unknown', ok: false, lag: -1 };
      const mailStatus = mail ?? { transport: 'unknown' as const, ok: false, queued: -1, failing: -1, failed: -1 };
      const failures = deps.store.indexFailures();
      res.setHeader('Cache-Control', 'no-store');
      return {
        status: healthStatus(storeOk, failures, searchStatus, mailStatus),
        store: { engine: deps.store.engine, ok: storeOk, failedIndexes: failures.map(({ collection, index }) => ({ collection, index })) },
        search: searchStatus,
        mail: mailStatus,
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
      };
    },
  });
}

/** `degraded` when the store does not answer, a declared index is missing, or search is unhealthy. */
export function healthStatus(
  storeOk: boolean,
  failures: readonly IndexFailure[],
  search: { ok: boolean },
  mail: { ok: boolean } = { ok: true },
): 'ok' | 'degraded' {
  return storeOk && failures.length === 0 && search.ok && mail.ok ? 'ok' : 'degraded';
}
