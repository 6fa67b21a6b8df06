// The staff module: the province office's work queue, contact log and credential verification.
// Its policy (policy.ts) is the staff scope every province-bound module uses.
import type { ApiRegistry } from '../../http/api.js';
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { IntrosRepository } from '../intros/repository.js';
import type { NeedsRepository } from '../needs/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { ProfilesService } from '../profiles/service.js';
import type { ProvincePoliciesRepository } from '../provinces/repository.js';
import { ContactLog } from './contacts.js';
import { StaffQueue } from './queue.js';
import { registerStaffRoutes } from './routes.js';
import { SubjectResolver } from './subjects.js';
import { Verifications } from './verifications.js';

export interface StaffDeps {
  store: Store;
  clock: Clock;
  events: EventBus;
  intros: IntrosRepository;
  needs: NeedsRepository;
  profiles: ProfilesRepository;
  profilesService: ProfilesService;
  provincePolicies: ProvincePoliciesRepository;
}

export function buildStaff(d: StaffDeps) {
  const subjects = new SubjectResolver(d.profiles, d.needs, d.intros);
  const tools = {
    queue: new StaffQueue(d.intros, d.needs, d.profiles, d.provincePolicies, d.clock),
    contacts: new ContactLog(d.store, subjects, d.profiles, d.clock),
    verifications: new Verifications(d.store, d.profiles, d.profilesService, d.events, d.clock),
  };
  tools.verifications.recordLapses(d.events);
  return { ...tools, routes: (api: ApiRegistry) => registerStaffRoutes(api, tools) };
}

export type StaffTools = Omit<ReturnType<typeof buildStaff>, 'routes'>;
