// GET /api/health: liveness and each engine's state. An infrastructure module: it stores nothing
// and has no actors, so it has no repository, policy or events of its own.
import type { ApiRegistry } from '../../http/api.js';
import type { Store } from '../../store/types.js';
import type { MailQueueHealth, SearchHealth } from './routes.js';
import { registerHealthRoutes } from './routes.js';

export function buildHealth(d: { store: Store; searchHealth: () => Promise<SearchHealth>; mailHealth: () => Promise<MailQueueHealth> }) {
  return { routes: (api: ApiRegistry) => registerHealthRoutes(api, d) };
}
