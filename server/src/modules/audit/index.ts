// Wiring of the audit log: one call for container.ts, one for app.ts.
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Logger } from '../../lib/logger.js';
import type { Store } from '../../store/types.js';
import type { UsersRepository } from '../accounts/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import { AuditLog } from './repository.js';
import { AuditSubscriber } from './subscriber.js';

export { registerAuditRoutes } from './routes.js';

export interface AuditDeps {
  store: Store;
  clock: Clock;
  events: EventBus;
  logger: Logger;
  users: UsersRepository;
  profiles: ProfilesRepository;
}

export function buildAudit(d: AuditDeps) {
  const log = new AuditLog(d.store);
  const subscriber = new AuditSubscriber(log, d.users, d.profiles, d.clock, d.logger);
  subscriber.subscribe(d.events);
  return { log, subscriber, clock: d.clock };
}

export type Audit = ReturnType<typeof buildAudit>;
