// Wiring of the staff tools: one call for container.ts, one for app.ts.
import type { Clock } from '../../lib/clock.js';
import type { EventBus } from '../../lib/events.js';
import type { Store } from '../../store/types.js';
import type { IntrosRepository } from '../intros/repository.js';
import type { NeedsRepository } from '../needs/repository.js';
import type { ProfilesRepository } from '../profiles/repository.js';
import type { ProfilesService } from '../profiles/service.js';
import type { ProvincePoliciesRepository } from '../provinces/repository.js';
import { ConflictDeclarations } from './conflicts.js';
import type { ConflictsRepository } from './conflictsRepository.js';
import { ContactLog } from './contacts.js';
import './events.js';
import { ProvincePolicyTools } from './policy.js';
import { StaffQueue } from './queue.js';
import { SubjectResolver } from './subjects.js';
import { Verifications } from './verifications.js';

export { registerStaffRoutes } from './routes.js';

export interface StaffDeps {
  store: Store;
  clock: Clock;
  events: EventBus;
  intros: IntrosRepository;
  needs: NeedsRepository;
  profiles: ProfilesRepository;
  profilesService: ProfilesService;
  conflicts: ConflictsRepository;
  provincePolicies: ProvincePoliciesRepository;
}

export function buildStaff(d: StaffDeps) {
  const subjects = new SubjectResolver(d.profiles, d.needs, d.intros);
  return {
    queue: new StaffQueue(d.intros, d.needs, d.profiles, d.provincePolicies, d.clock),
    contacts: new ContactLog(d.store, subjects, d.profiles, d.clock),
    verifications: new Verifications(d.store, d.profiles, d.profilesService, d.events, d.clock),
    conflicts: new ConflictDeclarations(d.conflicts, d.profiles, d.events, d.clock),
    policy: new ProvincePolicyTools(d.provincePolicies, d.events, d.clock),
  };
}

export type StaffTools = ReturnType<typeof buildStaff>;
