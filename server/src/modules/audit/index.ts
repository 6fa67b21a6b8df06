// The audit module: an append-only log of who did what, written from domain events inside the
// transaction of each change, read by admins.
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { UsersRepository } from '../accounts/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { ApiRegistry } from '../../http/api.js';
import { AuditLog } from './repository.js';
import { registerAuditRoutes } from './routes.js';
import { AuditService } from './service.js';
import { AuditSubscriber } from './subscriber.js';

export interface AuditDeps {
  store: Store;
  clock: Clock;
  events: EventBus;
  users: UsersRepository;
  profiles: ProfilesRepository;
}

export function buildAudit(d: AuditDeps) {
  const log = new AuditLog(d.store);
  const subscriber = new AuditSubscriber(log, d.users, d.profiles, d.clock);
  subscriber.subscribe(d.events);
  const service = new AuditService(log);
  return { log, subscriber, service, routes: (api: ApiRegistry) => registerAuditRoutes(api, service) };
}

export type Audit = ReturnType<typeof buildAudit>;
